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

    // What the item's provider said about it when it was saved (MediaCard); all null when nobody was asked.

    @Column(name = "card_title", length = 500)
    public String cardTitle;

    @Column(name = "card_provider", length = 200)
    public String cardProvider;

    @Column(name = "card_thumbnail", length = 2000)
    public String cardThumbnail;

    @Column(name = "card_thumbnail_width")
    public Integer cardThumbnailWidth;

    @Column(name = "card_thumbnail_height")
    public Integer cardThumbnailHeight;

    @Column(name = "card_player", length = 2000)
    public String cardPlayer;
}
