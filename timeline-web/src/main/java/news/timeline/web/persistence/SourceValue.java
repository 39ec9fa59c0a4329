package news.timeline.web.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/** A row of {@code milestone_source}: one article that backs a milestone, with its quote. */
@Embeddable
public class SourceValue {

    @Column(length = 500)
    public String title;

    @Column(length = 200)
    public String outlet;

    @Column(length = 2000)
    public String url;

    @Column(name = "published_on")
    public LocalDate publishedOn;

    @Column(length = 4000)
    public String quote;

    @Column(name = "quote_start", nullable = false)
    public int quoteStart;

    @Column(name = "quote_end", nullable = false)
    public int quoteEnd;
}
