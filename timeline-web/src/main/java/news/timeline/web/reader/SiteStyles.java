package news.timeline.web.reader;

import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateGlobal;
import java.util.List;
import news.timeline.web.config.Resources;

/**
 * The site's stylesheets, written into each page's head by the layout. A linked stylesheet blocks the first paint
 * until a second request returns; at about 3.4 KB gzipped without comments the styles cost less inline than that
 * round trip. The file is still served at {@code /css/site.css} for the embed pages, whose Content-Security-Policy
 * forbids inline styles.
 * Every page carries it, so it goes without its comments and spare white space (a quarter of its gzipped bytes);
 * the file keeps them for the people who read it. What only some kinds of page need is kept apart, so that a
 * reader's page does not carry it: story mode's ({@code story.css}, inline on story pages; the story embed links
 * the file), and the editor's forms, tables and import queue ({@code editor.css}, linked from every page but the
 * reader's: editors come back to a copy their browser keeps).
 */
@TemplateGlobal
public final class SiteStyles {

    static final RawString siteCss = inline("site.css");
    static final RawString storyCss = inline("story.css");

    private SiteStyles() {
    }


    /** The stylesheets' exact texts, which the pages' Content-Security-Policy allows by their hashes. */
    public static List<String> css() {
        return List.of(siteCss.getValue(), storyCss.getValue());
    }

    private static RawString inline(String file) {
        return new RawString(CompactCss.of(Resources.text("META-INF/resources/css/" + file)));
    }
}
