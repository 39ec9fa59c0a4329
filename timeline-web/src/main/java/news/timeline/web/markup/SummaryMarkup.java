package news.timeline.web.markup;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import news.timeline.core.milestone.Summary;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;
import org.owasp.html.HtmlChangeListener;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * A milestone's summary is a little HTML: links, emphasis and line breaks. Everything else an editor types
 * (scripts, event handlers, styles, images, links to anything but http, https and mailto) is removed by the
 * OWASP sanitizer once, where the summary comes in, so the reader's pages can show the stored summary as it
 * is. Only here is core's {@link Summary.Markup} made, and its words read for where markup cannot go.
 */
public final class SummaryMarkup {

    /** The elements a summary may use. All are inline, so a summary fits in a paragraph. */
    private static final List<String> ELEMENTS = List.of("a", "em", "strong", "i", "b", "br");

    /** Links in summaries pass no ranking and no access to the reader's page. */
    private static final String REL = "nofollow noopener";

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements(ELEMENTS.toArray(String[]::new))
            .allowUrlProtocols("http", "https", "mailto")
            .allowAttributes("href").onElements("a")
            .requireRelsOnLinks(REL.split(" "))
            .toFactory();

    private static final Document.OutputSettings OUTPUT = new Document.OutputSettings()
            .prettyPrint(false).escapeMode(Entities.EscapeMode.xhtml).charset("UTF-8");

    private SummaryMarkup() {
    }

    /**
     * A summary with what it may keep, and what was taken out: elements by name ("script"; "a" for a link
     * to anything but http, https or mailto) and attributes as "onclick on em".
     */
    public record Cleaned(Summary summary, List<String> removed) {
    }

    /** Markup that passed the policy, here or before it was stored. */
    private record Kept(String html) implements Summary.Markup {
        @Override
        public String text() {
            return Jsoup.parseBodyFragment(html).body().text().strip();
        }
    }

    /** The summary as typed, without anything it may not keep; {@link Summary#NONE} for null or blank. */
    public static Cleaned clean(String summary) {
        if (summary == null || summary.isBlank()) {
            return new Cleaned(Summary.NONE, List.of());
        }
        Set<String> removed = new LinkedHashSet<>();
        String safe = POLICY.sanitize(summary.strip(), new HtmlChangeListener<Set<String>>() {
            @Override
            public void discardedTag(Set<String> context, String elementName) {
                context.add(elementName);
            }

            @Override
            public void discardedAttributes(Set<String> context, String tagName, String... attributeNames) {
                for (String attribute : attributeNames) {
                    context.add(attribute + " on " + tagName);
                }
            }
        }, removed);
        // The sanitizer drops scripts and styles without a word; the editor should hear of them too.
        Jsoup.parseBodyFragment(summary).body().select("*").forEach(element -> {
            if (!element.tagName().equals("body") && !ELEMENTS.contains(element.normalName())) {
                removed.add(element.normalName());
            }
        });
        // The sanitizer escapes every quote and many signs (&#39; for '); an editor who opens the form again
        // should see what they typed, so the result is written out again with only the escapes HTML needs,
        // and with the links' rel in one order, so that cleaning twice changes nothing.
        Document document = Jsoup.parseBodyFragment(safe);
        document.outputSettings(OUTPUT);
        document.body().select("a[rel]").attr("rel", REL);
        return new Cleaned(stored(document.body().html().strip()), List.copyOf(removed));
    }

    /** A summary from a column only cleaned ones are written to: a milestone's, and its history's. */
    public static Summary stored(String html) {
        return html == null || html.isBlank() ? Summary.NONE : new Kept(html);
    }
}
