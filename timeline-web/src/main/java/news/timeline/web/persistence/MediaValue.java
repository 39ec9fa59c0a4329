package news.timeline.web.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A row of {@code milestone_media}. */
@Embeddable
public class MediaValue {

    @Column(nullable = false, length = 2000)
    public String url;

    @Column(length = 500)
    public String credit;

    @Column(length = 2000)
    public String caption;
}
