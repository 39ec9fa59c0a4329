package news.timeline.web.reader;

/** A stylesheet made shorter for sending inside every page (see {@link SiteStyles}). */
final class CompactCss {

    private CompactCss() {
    }

    /**
     * The stylesheet without comments, with runs of white space made one space and none around braces and
     * semicolons. Spaces elsewhere stay: in a selector (".a :focus") or a value they can mean something.
     */
    static String of(String css) {
        return css.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("\\s*([{};])\\s*", "$1").replaceAll("\\s+", " ").strip();
    }
}
