package news.timeline.web.reader;

import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateGlobal;
import news.timeline.web.config.Resources;

/**
 * The site's stylesheet, written into each page's head by the layout. A linked stylesheet blocks the first paint
 * until a second request returns; at 2.4 KB gzipped the styles cost less inline than that round trip. The file is
 * still served at {@code /css/site.css} for the embed pages, whose Content-Security-Policy forbids inline styles.
 * Every page carries it, so it goes without its comments and spare white space (a quarter of its gzipped bytes);
 * the file keeps them for the people who read it.
 */
@TemplateGlobal
public final class SiteStyles {

    static final RawString siteCss = new RawString(CompactCss.of(Resources.text("META-INF/resources/css/site.css")));

    private SiteStyles() {
    }


    /** The stylesheet's exact text, which the pages' Content-Security-Policy allows by its hash. */
    public static String css() {
        return siteCss.getValue();
    }
}
