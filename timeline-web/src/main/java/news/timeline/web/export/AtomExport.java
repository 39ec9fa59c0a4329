package news.timeline.web.export;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndCategoryImpl;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.function.Function;
import news.timeline.core.date.HistoricalDateFormat;
import news.timeline.core.milestone.Milestone;
import news.timeline.core.milestone.Media;
import news.timeline.core.milestone.Source;
import news.timeline.core.timeline.Timeline;
import news.timeline.importer.read.AtomTimelineReader;

/**
 * A timeline as an Atom feed through ROME: one entry per milestone, newest first. Atom categories whose
 * schemes start with {@code urn:newsroom-timelines:} mark the timeline and carry each milestone's slug,
 * date, status, kind, importance, actors, places and tags; sources are related links and media enclosures.
 * {@link AtomTimelineReader} reads it back.
 */
public final class AtomExport {

    private AtomExport() {
    }

    /**
     * @param timelineUrl the absolute URL of the timeline's page, which is also the feed's id
     * @param feedUrl the feed's own absolute URL
     * @param updated when the timeline last changed
     */
    public static String write(Timeline timeline, String timelineUrl, String feedUrl, OffsetDateTime updated,
                               Function<Milestone, String> permalink, HistoricalDateFormat dates) {
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType("atom_1.0");
        feed.setTitle(timeline.title());
        feed.setDescription(timeline.description());
        feed.setUri(timelineUrl);
        feed.setLink(timelineUrl);
        feed.setLinks(List.of(link(timelineUrl, "alternate"), link(feedUrl, "self")));
        feed.setCategories(List.of(category(AtomTimelineReader.TIMELINE, timeline.slug())));
        Date when = Date.from(updated.toInstant());
        feed.setPublishedDate(when);
        List<SyndEntry> entries = new ArrayList<>();
        List<Milestone> newestFirst = new ArrayList<>(timeline.milestones());
        java.util.Collections.reverse(newestFirst);
        for (Milestone milestone : newestFirst) {
            SyndEntry entry = new SyndEntryImpl();
            String url = permalink.apply(milestone);
            entry.setUri(url);
            entry.setLink(url);
            String date = milestone.date() == null ? milestone.status().slug() : dates.format(milestone.date());
            entry.setTitle(date + AtomTimelineReader.TITLE_SEPARATOR + milestone.headline());
            entry.setCategories(categories(milestone));
            List<SyndLink> links = new ArrayList<>(List.of(link(url, "alternate")));
            for (Source source : milestone.sources()) {
                if (source.url() != null) {
                    SyndLink related = link(source.url(), "related");
                    related.setTitle(source.title());
                    links.add(related);
                }
            }
            for (Media media : milestone.media()) {
                SyndLink enclosure = link(media.url(), "enclosure");
                enclosure.setTitle(media.caption());
                links.add(enclosure);
            }
            entry.setLinks(links);
            entry.setUpdatedDate(when);
            entry.setPublishedDate(when);
            if (!milestone.summary().isEmpty()) {
                SyndContent summary = new SyndContentImpl();
                summary.setType("text");
                summary.setValue(milestone.summary().text());
                entry.setDescription(summary);
            }
            entries.add(entry);
        }
        feed.setEntries(entries);
        try {
            return new SyndFeedOutput().outputString(feed);
        } catch (FeedException e) {
            throw new IllegalStateException("Cannot write the Atom feed of '" + timeline.slug() + "': " + e.getMessage(), e);
        }
    }

    private static List<SyndCategory> categories(Milestone milestone) {
        List<SyndCategory> categories = new ArrayList<>();
        categories.add(category(AtomTimelineReader.SLUG, milestone.slug()));
        if (milestone.date() != null) {
            categories.add(category(AtomTimelineReader.DATE, milestone.date().toString()));
        }
        categories.add(category(AtomTimelineReader.STATUS, milestone.status().slug()));
        categories.add(category(AtomTimelineReader.KIND, milestone.kind().slug()));
        categories.add(category(AtomTimelineReader.IMPORTANCE, Integer.toString(milestone.importance())));
        milestone.actors().forEach(actor -> categories.add(category(AtomTimelineReader.ACTOR, actor.name())));
        milestone.places().forEach(place -> categories.add(category(AtomTimelineReader.PLACE, place.name())));
        milestone.tags().forEach(tag -> categories.add(category(AtomTimelineReader.TAG, tag)));
        return categories;
    }

    private static SyndCategory category(String scheme, String term) {
        SyndCategory category = new SyndCategoryImpl();
        category.setTaxonomyUri(scheme);
        category.setName(term);
        return category;
    }

    private static SyndLink link(String href, String rel) {
        SyndLink link = new SyndLinkImpl();
        link.setHref(href);
        link.setRel(rel);
        return link;
    }
}
