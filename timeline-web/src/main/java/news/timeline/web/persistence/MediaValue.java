package news.timeline.web.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import news.timeline.core.milestone.MediaKind;

/** A row of {@code milestone_media}. */
@Embeddable
public class MediaValue {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    public MediaKind kind = MediaKind.IMAGE;

    @Column(nullable = false, length = 2000)
    public String url;

    @Column(length = 2000)
    public String alt;

    @Column(length = 500)
    public String credit;

    @Column(length = 2000)
    public String caption;

    public Integer width;

    public Integer height;

    /** The image's other sizes as a {@code srcset} ({@link news.timeline.core.milestone.Rendition#format}). */
    @Column(length = 4000)
    public String renditions;
}
