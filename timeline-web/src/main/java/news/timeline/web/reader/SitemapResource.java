package news.timeline.web.reader;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import news.timeline.core.text.Html;
import news.timeline.web.persistence.ReaderQueries;
import news.timeline.web.persistence.TimelineStore;
import news.timeline.web.persistence.TimelineSummary;

/** {@code sitemap.xml} and {@code robots.txt} for search engines. */
@Path("/")
public class SitemapResource {

    @Inject
    TimelineStore store;
    @Inject
    ReaderQueries queries;
    @Inject
    Pages pages;

    @GET
    @Path("sitemap.xml")
    @Produces("application/xml")
    public String sitemap() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        url(xml, "/");
        for (TimelineSummary timeline : store.summaries()) {
            url(xml, Paths.timeline(timeline.slug()));
        }
        ReaderQueries.Sitemap visible = queries.sitemap();
        visible.milestones().forEach(path -> url(xml, Paths.milestone(path[0], path[1])));
        visible.actors().forEach(slug -> url(xml, Paths.actor(slug)));
        visible.places().forEach(slug -> url(xml, Paths.place(slug)));
        visible.tags().forEach(tag -> url(xml, Paths.tag(tag)));
        return xml.append("</urlset>\n").toString();
    }

    @GET
    @Path("robots.txt")
    @Produces("text/plain")
    public String robots() {
        return "User-agent: *\nDisallow: /language\nSitemap: " + pages.absolute("/sitemap.xml") + "\n";
    }

    private void url(StringBuilder xml, String path) {
        xml.append("  <url><loc>").append(Html.escapeText(pages.absolute(path))).append("</loc></url>\n");
    }
}
