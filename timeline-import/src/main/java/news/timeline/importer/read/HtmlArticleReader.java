package news.timeline.importer.read;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads a news article page with jsoup.
 *
 * <p>Metadata comes from the most deliberate statement the page makes: schema.org JSON-LD
 * ({@code NewsArticle} and its relatives) first, then OpenGraph and {@code <meta>} tags, then a
 * {@code <time datetime>} in the article, then the caller's defaults. The body is the page's
 * {@code <article>} (or main content) without navigation, asides, figures and their captions, forms,
 * scripts, and blocks whose class or id marks them as ads, related stories, newsletter sign-ups, share
 * buttons or comments. jsoup parses as browsers do, so a truncated page still reads.
 */
public final class HtmlArticleReader {

    private static final Set<String> ARTICLE_TYPES = Set.of("newsarticle", "article", "reportagenewsarticle",
            "analysisnewsarticle", "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle",
            "blogposting", "liveblogposting", "report");

    /** Words in a class or id that mark a block as not part of the story. */
    private static final Set<String> NOT_STORY = Set.of("ad", "ads", "adslot", "adsbygoogle", "comment", "comments",
            "commentlist", "disqus", "byline", "breadcrumb", "breadcrumbs", "caption", "credit", "toolbar", "popup",
            "modal", "cookie", "banner", "sidebar", "widget", "paywall", "signup");

    /**
     * Beginnings of words that mark a block as not part of the story ("relatedposts", "sharedaddy",
     * "advertorial"). "comment" is not among them: "commentary" is a story.
     */
    private static final List<String> NOT_STORY_PREFIXES = List.of("related", "share", "sharing", "social",
            "newsletter", "advert", "sponsor", "promo", "subscri", "outbrain", "taboola", "recirc");

    /** The body of a blog or CMS theme that has no {@code <article>} element. */
    private static final String MAIN_CONTENT = "main, [role=main], .entry-content, .article-body, .story-body, "
            + ".post-content, #content, .content";

    /** Elements that are never prose of the story. */
    private static final String NEVER_STORY = "script, style, noscript, template, iframe, object, embed, svg, "
            + "canvas, nav, aside, footer, header, figure, figcaption, form, button, input, select, textarea, "
            + "h1, [hidden], [aria-hidden=true], [role=navigation], [role=complementary], [role=banner], "
            + "[role=contentinfo]";

    // Splits "related-stories", "ad_slot" and "relatedStories" alike into words.
    private static final Pattern WORD = Pattern.compile("[A-Z]?[a-z]+|[A-Z]+(?![a-z])");
    private static final Pattern ISO_DAY = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})");

    private final ObjectMapper json = new ObjectMapper();

    /** Reads a page from bytes, with jsoup's charset detection ({@code <meta charset>}, BOM, else UTF-8). */
    public ReadResult<Article> read(String file, InputStream html, ArticleMetadata defaults)
            throws UnreadableFileException {
        try {
            return read(file, Jsoup.parse(html, null, baseUri(defaults)), defaults);
        } catch (IOException e) {
            throw new UnreadableFileException(file, Readers.describe(e), e);
        }
    }

    /** Reads a page already decoded to text. */
    public ReadResult<Article> read(String file, String html, ArticleMetadata defaults) throws UnreadableFileException {
        return read(file, Jsoup.parse(html, baseUri(defaults)), defaults);
    }

    private static String baseUri(ArticleMetadata defaults) {
        return defaults.url() == null ? "" : defaults.url();
    }

    private ReadResult<Article> read(String file, Document page, ArticleMetadata defaults)
            throws UnreadableFileException {
        List<ReadProblem> problems = new ArrayList<>();
        Metadata found = new Metadata();
        readJsonLd(file, page, found, problems);
        readMeta(page, found);

        Element story = story(page);
        if (found.publishedOn == null) {
            Element time = story.selectFirst("time[datetime]");
            if (time == null) {
                time = page.selectFirst("time[datetime]");
            }
            if (time != null) {
                found.publishedOn = day(time.attr("datetime"));
            }
        }
        if (found.title == null) {
            Element h1 = story.selectFirst("h1");
            h1 = h1 == null ? page.selectFirst("h1") : h1;
            found.title = h1 != null ? Article.blankToNull(h1.text()) : Article.blankToNull(page.title());
        }

        String text = Prose.ofHtml(clean(story, true));
        String byTagsAlone = Prose.ofHtml(clean(story, false));
        if (text.length() * 4 < byTagsAlone.length()) {
            // A class such as "article share-enabled" on the wrapper of the whole story would drop it all:
            // when the class rules take three quarters of the text, trust the tags alone.
            problems.add(ReadProblem.warning(file, null, "body", "the class names of the page would drop most of "
                    + "its text: kept everything but navigation, asides, figures and scripts"));
            text = byTagsAlone;
        }
        if (text.isEmpty()) {
            throw new UnreadableFileException(file, "the page has no article text");
        }
        String title = first(found.title, defaults.title());
        if (title == null) {
            title = TextArticleReader.withoutExtension(file);
            problems.add(ReadProblem.warning(file, null, "title",
                    "the page has no headline or title: using the file name '" + title + "'"));
        }
        LocalDate publishedOn = found.publishedOn != null ? found.publishedOn : defaults.publishedOn();
        if (publishedOn == null) {
            publishedOn = Dateline.in(text).orElse(null);
            problems.add(ReadProblem.warning(file, null, "publication date", publishedOn != null
                    ? "the page states no publication date in its metadata: read " + publishedOn + " from its dateline"
                    : "the page states no publication date (JSON-LD datePublished, article:published_time, "
                            + "<time datetime> or a dateline) and none was given"));
        }
        String url = Readers.webAddressOrNull(first(found.url, defaults.url()), file, null, problems);
        Article article = new Article(Prose.collapse(title), first(found.outlet, defaults.outlet()), url,
                publishedOn, List.copyOf(found.authors), text, file, 0);
        return new ReadResult<>(List.of(article), problems);
    }

    // ------------------------------------------------------------------------------------------ metadata

    /** What the page says about itself; the first statement of each field wins. */
    private static final class Metadata {
        String title;
        String outlet;
        String url;
        LocalDate publishedOn;
        final Set<String> authors = new LinkedHashSet<>();
    }

    private void readJsonLd(String file, Document page, Metadata found, List<ReadProblem> problems) {
        for (Element script : page.select("script[type=application/ld+json]")) {
            JsonNode root;
            try {
                root = json.readTree(script.data());
            } catch (JsonProcessingException e) {
                problems.add(ReadProblem.warning(file, null, "JSON-LD",
                        "a JSON-LD block is not valid JSON and was ignored: " + e.getOriginalMessage()));
                continue;
            }
            for (JsonNode node : candidates(root)) {
                if (isArticle(node)) {
                    found.title = first(found.title, Prose.lineOfHtml(node.path("headline").asText(null)));
                    if (found.publishedOn == null) {
                        found.publishedOn = day(node.path("datePublished").asText(null));
                    }
                    names(node.path("author")).forEach(found.authors::add);
                    found.outlet = first(found.outlet, names(node.path("publisher")).stream().findFirst().orElse(null));
                    found.url = first(found.url, node.path("url").isTextual() ? node.path("url").asText() : null);
                    return;
                }
            }
        }
    }

    /** The objects of a JSON-LD block: itself, the elements of a top-level array, the {@code @graph}. */
    private static List<JsonNode> candidates(JsonNode root) {
        List<JsonNode> nodes = new ArrayList<>();
        if (root == null) {
            return nodes;
        }
        if (root.isArray()) {
            root.forEach(node -> nodes.addAll(candidates(node)));
        } else if (root.isObject()) {
            nodes.add(root);
            root.path("@graph").forEach(nodes::add);
        }
        return nodes;
    }

    private static boolean isArticle(JsonNode node) {
        JsonNode type = node.path("@type");
        if (type.isArray()) {
            for (JsonNode one : type) {
                if (ARTICLE_TYPES.contains(one.asText().toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
            return false;
        }
        return ARTICLE_TYPES.contains(type.asText().toLowerCase(Locale.ROOT));
    }

    /** Names from a schema.org person or organisation, a plain string, or an array of either. */
    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(one -> names.addAll(names(one)));
        } else if (node.isTextual()) {
            addIfPresent(names, node.asText());
        } else if (node.isObject()) {
            addIfPresent(names, node.path("name").asText(null));
        }
        return names;
    }

    private static void addIfPresent(List<String> names, String name) {
        String clean = name == null ? null : Article.blankToNull(Prose.collapse(name));
        if (clean != null) {
            names.add(clean);
        }
    }

    private static void readMeta(Document page, Metadata found) {
        found.title = first(found.title, meta(page, "og:title"), meta(page, "twitter:title"));
        found.outlet = first(found.outlet, meta(page, "og:site_name"));
        if (found.publishedOn == null) {
            found.publishedOn = day(first(meta(page, "article:published_time"), meta(page, "datePublished"),
                    meta(page, "pubdate"), meta(page, "date")));
        }
        if (found.authors.isEmpty()) {
            // article:author is often a profile URL, which is not a name.
            String author = first(meta(page, "author"), meta(page, "article:author"));
            if (author != null && !author.matches("(?i)https?://.*")) {
                found.authors.add(author);
            }
        }
        Element canonical = page.selectFirst("link[rel=canonical][href]");
        found.url = first(found.url, canonical == null ? null : canonical.absUrl("href"), meta(page, "og:url"));
    }

    /** The content of {@code <meta property=name>} or {@code <meta name=name>}, or null. */
    private static String meta(Document page, String name) {
        for (Element meta : page.select("meta[content]")) {
            if (name.equalsIgnoreCase(meta.attr("property")) || name.equalsIgnoreCase(meta.attr("name"))
                    || name.equalsIgnoreCase(meta.attr("itemprop"))) {
                return Article.blankToNull(meta.attr("content"));
            }
        }
        return null;
    }

    /**
     * The publication day as the newsroom dated it: the date part in the page's own offset, not
     * converted to UTC, so that a story published just after midnight in Paris keeps its Paris date.
     */
    static LocalDate day(String value) {
        String text = Article.blankToNull(value);
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toLocalDate();
        } catch (DateTimeParseException notOffset) {
            // try the next form
        }
        try {
            return LocalDateTime.parse(text).toLocalDate();
        } catch (DateTimeParseException notLocal) {
            // try the next form
        }
        try {
            return ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate();
        } catch (DateTimeParseException notRfc) {
            // try the next form
        }
        Matcher m = ISO_DAY.matcher(text);
        if (m.find()) {
            try {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
            } catch (java.time.DateTimeException impossible) {
                return null;
            }
        }
        return null;
    }

    // ---------------------------------------------------------------------------------------------- body

    /** The element that holds the story: the longest {@code <article>}, else the main content, else the body. */
    private static Element story(Document page) {
        Element body = page.selectFirst("[itemprop=articleBody]");
        if (body != null) {
            return body;
        }
        Element best = null;
        for (Element article : page.select("article")) {
            if (best == null || article.select("p").text().length() > best.select("p").text().length()) {
                best = article;
            }
        }
        if (best != null) {
            return best;
        }
        Element main = page.selectFirst(MAIN_CONTENT);
        return main != null ? main : page.body();
    }

    /** A copy of the story without what is not prose of the story, judged by tags and, if asked, by class names. */
    private static Element clean(Element story, boolean byClass) {
        Element copy = story.clone();
        copy.select(NEVER_STORY).remove();
        if (!byClass) {
            return copy;
        }
        List<Element> marked = new ArrayList<>();
        for (Element element : copy.getAllElements()) {
            if (element != copy && isNotStory(element)) {
                marked.add(element);
            }
        }
        marked.forEach(Element::remove);
        return copy;
    }

    private static boolean isNotStory(Element element) {
        String marks = element.className() + " " + element.id() + " " + element.attr("data-component");
        Matcher words = WORD.matcher(marks);
        while (words.find()) {
            String word = words.group().toLowerCase(Locale.ROOT);
            if (NOT_STORY.contains(word) || NOT_STORY_PREFIXES.stream().anyMatch(word::startsWith)) {
                return true;
            }
        }
        return false;
    }

    @SafeVarargs
    private static <T> T first(T... values) {
        for (T value : values) {
            if (value instanceof String text ? !text.isBlank() : value != null) {
                return value;
            }
        }
        return null;
    }
}
