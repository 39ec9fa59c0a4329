package news.timeline.core.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import news.timeline.core.date.HistoricalDate;
import news.timeline.core.milestone.Milestone;
import news.timeline.core.milestone.MilestoneStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class TimelineTest {

    private static final String TITLE = "US–Russia relations";
    private static final Era OBAMA = new Era("Obama administration", HistoricalDate.parse("2009/2017"));
    private static final Era TRUMP = new Era("Trump administration", HistoricalDate.parse("2017/2021"));
    private static final Era BIDEN = new Era("Biden administration", HistoricalDate.parse("2021/2025"));
    private static final Milestone CRIMEA = Milestone.builder("Russia annexes Crimea")
            .date(HistoricalDate.ofDay(2014, 3, 18)).build();
    private static final Milestone HELSINKI = Milestone.builder("Trump and Putin meet in Helsinki")
            .date(HistoricalDate.ofDay(2018, 7, 16)).build();
    private static final Milestone GENEVA = Milestone.builder("Biden and Putin meet in Geneva")
            .date(HistoricalDate.ofDay(2021, 6, 16)).build();
    private static final Milestone NEXT_SUMMIT = Milestone.builder("Next summit")
            .status(MilestoneStatus.EXPECTED).build();

    @Test
    void sortsMilestonesChronologicallyWithUndatedLast() {
        Timeline timeline = new Timeline(null, TITLE, null, null, List.of(NEXT_SUMMIT, GENEVA, CRIMEA, HELSINKI));

        assertThat(timeline.milestones()).containsExactly(CRIMEA, HELSINKI, GENEVA, NEXT_SUMMIT);
    }

    @Test
    void sortsErasBySpan() {
        Timeline timeline = new Timeline(null, TITLE, null, List.of(BIDEN, OBAMA, TRUMP), null);

        assertThat(timeline.eras()).containsExactly(OBAMA, TRUMP, BIDEN);
    }

    @Test
    void rejectsTwoMilestonesWithOneSlug() {
        Milestone again = Milestone.builder("Another meeting").slug(GENEVA.slug())
                .date(HistoricalDate.ofYear(2022)).build();

        assertThatThrownBy(() -> new Timeline(null, TITLE, null, null, List.of(GENEVA, again)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Timeline 'us-russia-relations' has two milestones with the slug "
                        + "'biden-and-putin-meet-in-geneva'");
    }

    @Test
    void derivesTheSlugFromTheTitleAndDropsABlankDescription() {
        Timeline timeline = new Timeline(" ", "  " + TITLE + " ", "  ", null, null);

        assertThat(timeline.slug()).isEqualTo("us-russia-relations");
        assertThat(timeline.title()).isEqualTo(TITLE);
        assertThat(timeline.description()).isNull();
        assertThat(timeline.eras()).isEmpty();
        assertThat(timeline.milestones()).isEmpty();
    }

    @Test
    void rejectsAnInvalidSlug() {
        assertThatThrownBy(() -> new Timeline("US_Russia", TITLE, null, null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Invalid timeline slug 'US_Russia': ");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = " ")
    void requiresATitle(String title) {
        assertThatThrownBy(() -> new Timeline(null, title, null, null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Missing timeline title");
    }

    @Test
    void isPublishedZoomedOutWithoutCoverAndOpenToEverySiteUnlessToldOtherwise() {
        Timeline compact = new Timeline(null, TITLE, null, null, null);
        Timeline withNulls = new Timeline(null, TITLE, null, null, null, null, null, null, null);

        assertThat(compact.state()).isEqualTo(TimelineState.PUBLISHED);
        assertThat(compact.defaultZoom()).isEqualTo(TimelineZoom.SPAN);
        assertThat(compact.defaultView()).isEqualTo(ReaderView.LIST);
        assertThat(compact.cover()).isNull();
        assertThat(compact.embedOrigins()).isNull();
        assertThat(withNulls).isEqualTo(compact);
    }

    @Test
    void keepsHowItIsPublished() {
        Cover cover = new Cover("https://img.example/summit.jpg", "Two leaders shake hands", null);

        Timeline timeline = new Timeline(null, TITLE, null, TimelineState.DRAFT, TimelineZoom.YEAR, ReaderView.STORY, cover,
                "https://news.example.org", List.of(OBAMA), List.of(GENEVA));

        assertThat(timeline.state()).isEqualTo(TimelineState.DRAFT);
        assertThat(timeline.defaultZoom()).isEqualTo(TimelineZoom.YEAR);
        assertThat(timeline.defaultView()).isEqualTo(ReaderView.STORY);
        assertThat(timeline.cover()).isEqualTo(cover);
        assertThat(timeline.embedOrigins()).isEqualTo("https://news.example.org");
    }

    @Test
    void holdsTheEmbeddingSitesSeparatedByOneSpace() {
        Timeline timeline = new Timeline(null, TITLE, null, null, null, null,
                " https://news.example.org,https://*.example.com:8443 ,\n http://localhost ", null, null);

        assertThat(timeline.embedOrigins()).isEqualTo("https://news.example.org https://*.example.com:8443 http://localhost");
        assertThat(Timeline.origins(timeline.embedOrigins())).isEqualTo(timeline.embedOrigins());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", " , ,"})
    void letsAnySiteEmbedItWhenItNamesNone(String origins) {
        assertThat(Timeline.origins(origins)).isNull();
        assertThat(new Timeline(null, TITLE, null, null, null, null, origins, null, null).embedOrigins()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"news.example.org", "https://news.example.org/path", "https://a.example; script-src *",
            "'self'", "https://*", "ftp://news.example.org"})
    void refusesWhatIsNotASite(String origin) {
        String origins = "https://ok.example " + origin;

        assertThatThrownBy(() -> new Timeline(null, TITLE, null, null, null, null, origins, null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("'")
                .hasMessageEndingWith("' is not a site address such as https://news.example.org or https://*.example.com");
    }

    @ParameterizedTest
    @EnumSource(TimelineState.class)
    void readsBackTheStateItWritesAndOpensAllButDraftsToReaders(TimelineState state) {
        assertThat(TimelineState.fromSlug(" " + state.slug().toUpperCase() + " ")).isEqualTo(state);
        assertThat(state.isReadable()).isEqualTo(state != TimelineState.DRAFT);
    }

    @ParameterizedTest
    @EnumSource(TimelineZoom.class)
    void readsBackTheZoomTheReadersScriptReads(TimelineZoom zoom) {
        assertThat(zoom.slug()).isEqualTo(zoom.name().toLowerCase());
        assertThat(TimelineZoom.fromSlug(zoom.slug())).isEqualTo(zoom);
    }

    @Test
    void namesTheStatesAndZoomsItCannotRead() {
        assertThatThrownBy(() -> TimelineState.fromSlug("public"))
                .hasMessage("Unknown timeline state 'public': expected one of draft, published, archived");
        assertThatThrownBy(() -> TimelineZoom.fromSlug("week"))
                .hasMessage("Unknown zoom 'week': expected one of span, decade, year, month, day");
    }

    @Test
    void hasListsNoOneCanChange() {
        Timeline timeline = new Timeline(null, TITLE, null, List.of(OBAMA), List.of(GENEVA));

        assertThatThrownBy(() -> timeline.milestones().add(CRIMEA)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> timeline.eras().add(TRUMP)).isInstanceOf(UnsupportedOperationException.class);
    }
}
