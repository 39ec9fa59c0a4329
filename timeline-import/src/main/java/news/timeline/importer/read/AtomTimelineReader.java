package news.timeline.importer.read;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import news.timeline.core.actor.Actor;
import news.timeline.core.actor.ActorType;
import news.timeline.core.actor.Place;
import news.timeline.core.actor.PlaceType;
import news.timeline.core.date.HistoricalDate;
import news.timeline.core.milestone.Media;
import news.timeline.core.milestone.Milestone;
import news.timeline.core.milestone.MilestoneKind;
import news.timeline.core.milestone.MilestoneStatus;
import news.timeline.core.milestone.Source;
import news.timeline.core.timeline.Timeline;

/**
 * Reads a timeline's own Atom feed ({@code /timelines/{slug}/feed.atom}) back into milestones. The feed
 * marks itself and each milestone with Atom categories whose schemes start with {@link #SCHEME}; an
 * entry without a milestone's slug among them (a correction notice, say) is not a milestone and is left
 * out. A news feed without these marks is read by {@link FeedReader} as articles instead.
 */
public final class AtomTimelineReader {

    /** The prefix of our category schemes: {@code urn:newsroom-timelines:slug} and so on. */
    public static final String SCHEME = "urn:newsroom-timelines:";
    /** On the feed: the timeline's slug. */
    public static final String TIMELINE = SCHEME + "timeline";
    public static final String SLUG = SCHEME + "slug";
    public static final String DATE = SCHEME + "date";
    public static final String STATUS = SCHEME + "status";
    public static final String KIND = SCHEME + "kind";
    public static final String IMPORTANCE = SCHEME + "importance";
    public static final String ACTOR = SCHEME + "actor";
    public static final String PLACE = SCHEME + "place";
    public static final String TAG = SCHEME + "tag";
    /** Between the date as readers see it and the headline, in an entry's title. */
    public static final String TITLE_SEPARATOR = ": ";

    /** True if the start of a file looks like our timeline feed rather than a news feed. */
    static boolean isTimelineFeed(String head) {
        return head.contains(TIMELINE);
    }

    public ReadResult<TimelineDocument> read(String file, String xml) throws UnreadableFileException {
        SyndFeed feed = FeedReader.parse(file, new StringReader(xml));
        List<ReadProblem> problems = new ArrayList<>();
        List<Milestone> milestones = new ArrayList<>();
        List<SyndEntry> entries = feed.getEntries();
        for (int i = 0; i < entries.size(); i++) {
            SyndEntry entry = entries.get(i);
            Map<String, List<String>> marks = marks(entry.getCategories());
            if (marks.containsKey(SLUG)) {
                BadField.collect(milestones, () -> milestone(entry, marks), file, "entry " + (i + 1), SLUG, problems);
            }
        }
        String slug = first(marks(feed.getCategories()), TIMELINE);
        String title = feed.getTitle() == null || feed.getTitle().isBlank() ? file.replaceFirst("\\.[^.]*$", "") : feed.getTitle();
        Timeline timeline = new Timeline(slug, title, feed.getDescription(), List.of(), milestones);
        return new ReadResult<>(List.of(new TimelineDocument(file, timeline)), problems);
    }

    private static Milestone milestone(SyndEntry entry, Map<String, List<String>> marks) throws BadField {
        String title = entry.getTitle() == null ? "" : entry.getTitle();
        int separator = title.indexOf(TITLE_SEPARATOR);
        String headline = separator < 0 ? title : title.substring(separator + TITLE_SEPARATOR.length());
        if (headline.isBlank()) {
            throw new BadField("title", "the entry has no headline after its date");
        }
        Milestone.Builder builder = Milestone.builder(headline).slug(first(marks, SLUG));
        String date = first(marks, DATE);
        if (date != null) {
            builder.date(BadField.guard(DATE, () -> HistoricalDate.parse(date)));
        }
        String status = first(marks, STATUS);
        if (status != null) {
            builder.status(BadField.guard(STATUS, () -> MilestoneStatus.fromSlug(status)));
        }
        String kind = first(marks, KIND);
        if (kind != null) {
            builder.kind(BadField.guard(KIND, () -> MilestoneKind.fromSlug(kind)));
        }
        String importance = first(marks, IMPORTANCE);
        if (importance != null) {
            builder.importance(BadField.importance(IMPORTANCE, importance));
        }
        if (entry.getDescription() != null) {
            builder.summary(entry.getDescription().getValue());
        }
        builder.actors(BadField.guard(ACTOR, () -> marks.getOrDefault(ACTOR, List.of()).stream()
                .map(name -> new Actor(null, name, ActorType.PERSON, List.of())).toList()));
        builder.places(BadField.guard(PLACE, () -> marks.getOrDefault(PLACE, List.of()).stream()
                .map(name -> new Place(null, name, PlaceType.SITE, null, List.of())).toList()));
        builder.tags(marks.getOrDefault(TAG, List.of()));
        List<Source> sources = new ArrayList<>();
        List<Media> media = new ArrayList<>();
        for (SyndLink link : entry.getLinks()) {
            if ("related".equals(link.getRel())) {
                sources.add(BadField.guard("link", () -> Source.of(link.getTitle(), null, link.getHref(), null, null)));
            } else if ("enclosure".equals(link.getRel())) {
                media.add(BadField.guard("link", () -> new Media(link.getHref(), null, link.getTitle())));
            }
        }
        builder.sources(sources).media(media);
        return BadField.guard("title", builder::build);
    }

    private static Map<String, List<String>> marks(List<SyndCategory> categories) {
        Map<String, List<String>> marks = new LinkedHashMap<>();
        for (SyndCategory category : categories) {
            if (category.getTaxonomyUri() != null && category.getTaxonomyUri().startsWith(SCHEME) && category.getName() != null) {
                marks.computeIfAbsent(category.getTaxonomyUri(), k -> new ArrayList<>()).add(category.getName());
            }
        }
        return marks;
    }

    private static String first(Map<String, List<String>> marks, String scheme) {
        List<String> values = marks.get(scheme);
        return values == null || values.isEmpty() ? null : values.get(0);
    }



}
