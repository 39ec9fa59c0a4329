package news.timeline.web.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import news.timeline.core.actor.Actor;
import news.timeline.core.actor.ActorType;
import news.timeline.core.actor.Place;
import news.timeline.core.actor.PlaceType;
import news.timeline.core.date.HistoricalDateFormat;
import news.timeline.core.milestone.Media;
import news.timeline.core.milestone.Milestone;
import news.timeline.core.milestone.Source;
import news.timeline.core.timeline.Timeline;
import news.timeline.importer.read.ArticleMetadata;
import news.timeline.importer.read.Document;
import news.timeline.importer.read.ReadResult;
import news.timeline.importer.read.Readers;
import news.timeline.importer.read.TimelineDocument;
import news.timeline.web.demo.DemoTimeline;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Export, import, equal: each of our own exports of the demo timeline and of a timeline of tricky values,
 * saved under the name the download gives it, comes back through the importer's front door with every
 * field the format carries (docs/readers.md lists what each cannot).
 */
class ExportRoundTripTest {

    private static final HistoricalDateFormat DATES = HistoricalDateFormat.of(Locale.UK);
    private static final OffsetDateTime UPDATED = OffsetDateTime.of(2025, 2, 12, 13, 0, 0, 0, ZoneOffset.UTC);

    @TempDir
    Path folder;

    static List<Timeline> timelines() {
        return List.of(DemoTimeline.load(), ExportFixtures.TRICKY);
    }

    @ParameterizedTest
    @MethodSource("timelines")
    void calendarCarriesEveryFieldOfTheMilestonesACalendarCanPlace(Timeline timeline) throws Exception {
        Timeline read = readBack(timeline.slug() + ".ics", ICalendarExport.write(timeline, this::permalink, "news.example.org"));

        assertThat(read.slug()).isEqualTo(timeline.slug());
        assertThat(read.title()).isEqualTo(timeline.title());
        assertThat(read.description()).isEqualTo(timeline.description());
        assertThat(read.milestones()).isEqualTo(timeline.milestones().stream()
                .filter(m -> m.date() != null && m.date().year() >= 1).toList());
    }

    @ParameterizedTest
    @MethodSource("timelines")
    void feedCarriesTheMilestonesWithNamesAndLinks(Timeline timeline) throws Exception {
        Timeline read = readBack("feed.atom", AtomExport.write(timeline, "https://news.example.org/timelines/" + timeline.slug(),
                "https://news.example.org/timelines/" + timeline.slug() + "/feed.atom", UPDATED, this::permalink, DATES));

        assertThat(read.slug()).isEqualTo(timeline.slug());
        assertThat(read.title()).isEqualTo(timeline.title());
        assertThat(read.description()).isEqualTo(timeline.description());
        assertThat(read.milestones()).isEqualTo(carried(timeline, m -> with(namesOnly(m),
                m.sources().stream().filter(s -> s.url() != null).map(s -> Source.of(s.title(), null, s.url(), null, null)).toList(),
                m.media().stream().map(media -> new Media(media.url(), null, media.caption())).toList())));
    }

    @ParameterizedTest
    @MethodSource("timelines")
    void spreadsheetCarriesEveryMilestoneWithNamesAndSources(Timeline timeline) throws Exception {
        Timeline read = readBack(timeline.slug() + ".csv", CsvExport.write(timeline));

        assertThat(read.milestones()).isEqualTo(carried(timeline, m -> with(namesOnly(m),
                m.sources().stream().map(s -> Source.of(s.title(), s.outlet(), s.url(), s.publishedOn(), s.quote())).toList(),
                List.of())));
    }

    private Timeline readBack(String name, String content) throws Exception {
        Path file = folder.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        ReadResult<Document> result = new Readers().read(file, ArticleMetadata.NONE);
        assertThat(result.problems()).isEmpty();
        assertThat(result.items()).singleElement().isInstanceOf(TimelineDocument.class);
        return ((TimelineDocument) result.items().get(0)).timeline();
    }

    private String permalink(Milestone milestone) {
        return "https://news.example.org/m/" + milestone.slug();
    }

    private static List<Milestone> carried(Timeline timeline, UnaryOperator<Milestone> carry) {
        return timeline.milestones().stream().map(carry).toList();
    }

    /** Actors and places by name alone, as the editor's form makes them. */
    private static Milestone namesOnly(Milestone m) {
        return new Milestone(m.slug(), m.headline(), m.summary(), m.date(), m.status(), m.kind(),
                m.actors().stream().map(a -> new Actor(null, a.name(), ActorType.PERSON, List.of())).toList(),
                m.places().stream().map(p -> new Place(null, p.name(), PlaceType.SITE, null, List.of())).toList(),
                m.tags(), m.sources(), m.media(), m.importance());
    }

    private static Milestone with(Milestone m, List<Source> sources, List<Media> media) {
        return new Milestone(m.slug(), m.headline(), m.summary(), m.date(), m.status(), m.kind(), m.actors(), m.places(),
                m.tags(), sources, media, m.importance());
    }
}
