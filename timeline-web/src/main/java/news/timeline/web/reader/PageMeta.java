package news.timeline.web.reader;

import java.util.List;
import java.util.Locale;

/**
 * What the layout needs to know about a page: its title and description for the head and for sharing,
 * its canonical URL, its language and the links to the same page in the other languages, and its
 * schema.org JSON-LD (already serialised, safe inside a script element), if any, and the image sharing cards show;
 * and whether the visitor is a signed-in editor, for the footer's links.
 */
public record PageMeta(String title, String description, String canonical, Locale locale, String ogType,
                       String jsonLd, String oembed, List<LanguageLink> languages, String siteName, String image,
                       String imageAlt, boolean signedIn) {

    /** This page with an image (an absolute URL) for sharing cards. */
    public PageMeta withImage(String url, String alt) {
        return new PageMeta(title, description, canonical, locale, ogType, jsonLd, oembed, languages, siteName, url, alt, signedIn);
    }

    /**
     * This page in another language: {@code href} goes through the switcher (which remembers the choice),
     * {@code alternate} is the page's own URL in that language, for search engines.
     */
    public record LanguageLink(String tag, String name, String href, String alternate, boolean current) {
    }

    public String lang() {
        return locale.toLanguageTag();
    }
}
