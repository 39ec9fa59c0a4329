package news.timeline.core.milestone;

/** A picture, video or embed that illustrates a milestone, with the credit the newsroom owes. */
public record Media(String url, String credit, String caption) {

    public Media {
        url = Source.blankToNull(url);
        if (url == null) {
            throw new IllegalArgumentException("Missing media URL");
        }
        if (!url.matches("(?i)https?://\\S+")) {
            throw new IllegalArgumentException("Invalid media URL '" + url + "': expected an http:// or https:// address");
        }
        credit = Source.blankToNull(credit);
        caption = Source.blankToNull(caption);
    }
}
