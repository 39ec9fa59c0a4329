package news.timeline.web.reader;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import news.timeline.core.text.Html;
import news.timeline.web.NotFound;
import news.timeline.web.config.TimelineConfig;
import news.timeline.web.persistence.ReaderQueries;
import news.timeline.web.persistence.TimelineStore;
import news.timeline.web.persistence.TimelineSummary;

/**
 * {@code sitemap.xml}, {@code robots.txt} for search engines. The sitemap is an index of gzipped files
 * ({@code sitemap-1.xml.gz}, ...) of at most {@code timeline.sitemap.max-urls} addresses each, as the sitemaps
 * protocol has it (50,000 at most): the home page, the timelines, actors, places and tags first, then every
 * milestone, which a file reads a window of.
 */
@Path("/")
public class SitemapResource {

    /** The most addresses the sitemaps protocol allows in one file. */
    static final int PROTOCOL_MAX_URLS = 50_000;

    private static final String XML = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    private static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

    @Inject
    TimelineStore store;
    @Inject
    ReaderQueries queries;
    @Inject
    Pages pages;
    @Inject
    TimelineConfig config;

    /** What the files list: the few addresses read whole, then the milestones, counted. */
    private record Contents(List<String> paths, ReaderQueries.Sitemap visible, int perFile) {

        long urls() {
            return paths.size() + visible.milestones();
        }

        long files() {
            return Math.max(1, (urls() + perFile - 1) / perFile);
        }
    }

    @GET
    @Path("sitemap.xml")
    @Produces("application/xml")
    public String index() {
        Contents contents = contents();
        StringBuilder xml = new StringBuilder(XML).append("<sitemapindex xmlns=\"" + NAMESPACE + "\">\n");
        for (long file = 1; file <= contents.files(); file++) {
            xml.append("  <sitemap><loc>").append(Html.escapeText(pages.absolute(file(file)))).append("</loc></sitemap>\n");
        }
        return xml.append("</sitemapindex>\n").toString();
    }

    /** One file of the sitemap, gzipped; numbered from 1 as the index lists them. */
    @GET
    @Path("sitemap-{number:[0-9]+}.xml.gz")
    @Produces("application/gzip")
    public byte[] file(@PathParam("number") String digits) {
        Contents contents = contents();
        long number = digits.length() > 9 ? 0 : Long.parseLong(digits);
        if (number < 1 || number > contents.files()) {
            throw new NotFound("There is no sitemap file " + digits + ".");
        }
        long from = (number - 1) * contents.perFile();
        long to = Math.min(contents.urls(), from + contents.perFile());
        List<String> paths = new ArrayList<>();
        for (long i = from; i < Math.min(to, contents.paths().size()); i++) {
            paths.add(contents.paths().get((int) i));
        }
        long firstMilestone = Math.max(0, from - contents.paths().size());
        int milestones = (int) (to - Math.max(from, contents.paths().size()));
        if (milestones > 0) {
            queries.milestonePaths(firstMilestone, milestones).forEach(path -> paths.add(Paths.milestone(path[0], path[1])));
        }
        return gzip(paths);
    }

    @GET
    @Path("robots.txt")
    @Produces("text/plain")
    public String robots() {
        return "User-agent: *\nDisallow: /language\nSitemap: " + pages.absolute("/sitemap.xml") + "\n";
    }

    /** The address of the sitemap's file {@code number}. */
    static String file(long number) {
        return "/sitemap-" + number + ".xml.gz";
    }

    private Contents contents() {
        List<String> paths = new ArrayList<>();
        paths.add("/");
        for (TimelineSummary timeline : store.summaries()) {
            paths.add(Paths.timeline(timeline.slug()));
        }
        ReaderQueries.Sitemap visible = queries.sitemap();
        visible.actors().forEach(slug -> paths.add(Paths.actor(slug)));
        visible.places().forEach(slug -> paths.add(Paths.place(slug)));
        visible.tags().forEach(tag -> paths.add(Paths.tag(tag)));
        return new Contents(paths, visible, Math.max(1, Math.min(PROTOCOL_MAX_URLS, config.sitemap().maxUrls())));
    }

    private byte[] gzip(List<String> paths) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer xml = new OutputStreamWriter(new GZIPOutputStream(bytes), StandardCharsets.UTF_8)) {
            xml.write(XML + "<urlset xmlns=\"" + NAMESPACE + "\">\n");
            for (String path : paths) {
                xml.append("  <url><loc>").append(Html.escapeText(pages.absolute(path))).append("</loc></url>\n");
            }
            xml.write("</urlset>\n");
        } catch (IOException e) {
            throw new UncheckedIOException("Writing to memory failed", e);
        }
        return bytes.toByteArray();
    }
}
