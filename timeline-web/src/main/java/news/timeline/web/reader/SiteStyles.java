package news.timeline.web.reader;

import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateGlobal;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The site's stylesheet, written into each page's head by the layout. A linked stylesheet blocks the first paint
 * until a second request returns; at 2.4 KB gzipped the styles cost less inline than that round trip. The file is
 * still served at {@code /css/site.css} for the embed pages, whose Content-Security-Policy forbids inline styles.
 */
@TemplateGlobal
public final class SiteStyles {

    static final RawString siteCss = new RawString(read("META-INF/resources/css/site.css"));

    private SiteStyles() {
    }

    /** The stylesheet's exact text, which the pages' Content-Security-Policy allows by its hash. */
    public static String css() {
        return siteCss.getValue();
    }

    private static String read(String resource) {
        try (InputStream in = SiteStyles.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The stylesheet " + resource + " is missing from the application");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
