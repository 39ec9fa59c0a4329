package news.timeline.core.milestone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import news.timeline.core.actor.Actor;
import news.timeline.core.actor.Place;
import news.timeline.core.actor.PlaceType;
import news.timeline.core.date.HistoricalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class MilestoneTest {

    private static final String HEADLINE = "Biden and Putin meet in Geneva";
    private static final String HEADLINE_SLUG = "biden-and-putin-meet-in-geneva";
    private static final HistoricalDate GENEVA_SUMMIT = HistoricalDate.ofDay(2021, 6, 16);
    private static final Actor BIDEN = Actor.person("Joe Biden", "Biden");
    private static final Place GENEVA = Place.named("Geneva", PlaceType.CITY, "CH");
    private static final Source REUTERS = Source.of("Biden, Putin meet", "Reuters", "https://www.reuters.com/a",
            null, null);
    private static final Media PHOTO = new Media("https://example.org/geneva.jpg", "AP", "Villa La Grange");

    private static Milestone.Builder geneva() {
        return Milestone.builder(HEADLINE).date(GENEVA_SUMMIT);
    }

    @Test
    void mergingAddsTheOtherReportsNewSourcesAndFillsOnlyWhatIsMissing() {
        Source ap = Source.of("Leaders meet", "AP", "https://apnews.com/b", null, null);
        Milestone current = geneva().sources(List.of(REUTERS)).build();
        Milestone other = Milestone.builder("Summit in Geneva").date(HistoricalDate.ofDay(2021, 6, 17))
                .summary("They talked for hours.").actors(List.of(BIDEN)).places(List.of(GENEVA))
                .sources(List.of(REUTERS, ap)).build();

        Milestone merged = current.mergedWith(other);

        assertThat(merged.headline()).isEqualTo(HEADLINE);
        assertThat(merged.date()).isEqualTo(GENEVA_SUMMIT);
        assertThat(merged.summary()).isEqualTo(Summary.plain("They talked for hours."));
        assertThat(merged.actors()).containsExactly(BIDEN);
        assertThat(merged.places()).containsExactly(GENEVA);
        assertThat(merged.sources()).containsExactly(REUTERS, ap);
        assertThat(geneva().summary("Kept.").build().mergedWith(other).summary()).isEqualTo(Summary.plain("Kept."));
    }

    @Test
    void derivesTheSlugFromTheHeadline() {
        assertThat(geneva().build().slug()).isEqualTo(HEADLINE_SLUG);
        assertThat(geneva().slug("  ").build().slug()).isEqualTo(HEADLINE_SLUG);
    }

    @Test
    void keepsAGivenValidSlug() {
        assertThat(geneva().slug("geneva-summit").build().slug()).isEqualTo("geneva-summit");
    }

    @Test
    void rejectsAnInvalidSlug() {
        assertThatThrownBy(() -> geneva().slug("Geneva Summit").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid milestone slug 'Geneva Summit': use lower-case letters, digits and single "
                        + "hyphens, at most 80 characters");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = "   ")
    void requiresAHeadline(String headline) {
        assertThatThrownBy(() -> Milestone.builder(headline).date(GENEVA_SUMMIT).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Missing milestone headline");
    }

    @Test
    void acceptsAHeadlineOfExactlyTheLimitAfterStripping() {
        String longest = "x".repeat(Milestone.MAX_HEADLINE);

        assertThat(Milestone.builder("  " + longest + "  ").date(GENEVA_SUMMIT).build().headline())
                .isEqualTo(longest);
    }

    @Test
    void rejectsAHeadlineOverTheLimit() {
        assertThatThrownBy(() -> Milestone.builder("x".repeat(121)).date(GENEVA_SUMMIT).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Milestone headline is 121 characters long: at most 120 are allowed");
    }

    @Test
    void defaultsToAnOccurredOtherMilestoneOfMiddleImportance() {
        Milestone milestone = geneva().build();

        assertThat(milestone.status()).isEqualTo(MilestoneStatus.OCCURRED);
        assertThat(milestone.kind()).isEqualTo(MilestoneKind.OTHER);
        assertThat(milestone.importance()).isEqualTo(2);
        assertThat(milestone.summary()).isEqualTo(Summary.NONE);
        assertThat(milestone.actors()).isEmpty();
    }

    @Test
    void defaultsNullStatusAndKindInTheConstructor() {
        Milestone milestone = new Milestone(null, HEADLINE, null, GENEVA_SUMMIT, null, null, null, null, null,
                null, null, 1);

        assertThat(milestone.status()).isEqualTo(MilestoneStatus.OCCURRED);
        assertThat(milestone.kind()).isEqualTo(MilestoneKind.OTHER);
        assertThat(milestone.summary()).isEqualTo(Summary.NONE);
        assertThat(milestone.tags()).isEmpty();
    }

    @Test
    void mustHaveADateWhenItOccurred() {
        assertThatThrownBy(() -> Milestone.builder(HEADLINE).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Milestone '" + HEADLINE_SLUG + "' has no date: only planned, expected or cancelled "
                        + "milestones may be undated");
    }

    @ParameterizedTest
    @EnumSource(value = MilestoneStatus.class, names = "OCCURRED", mode = EnumSource.Mode.EXCLUDE)
    void mayBeUndatedWhenItHasNotHappened(MilestoneStatus status) {
        assertThat(Milestone.builder(HEADLINE).status(status).build().date()).isNull();
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3})
    void acceptsImportanceOneToThree(int importance) {
        assertThat(geneva().importance(importance).build().importance()).isEqualTo(importance);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 4, -1})
    void rejectsOtherImportance(int importance) {
        assertThatThrownBy(() -> geneva().importance(importance).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid importance " + importance + " for milestone '" + HEADLINE_SLUG
                        + "': expected 1 (major), 2 or 3 (minor)");
    }

    @Test
    void copiesItsListsSoLaterChangesDoNotLeakIn() {
        List<Actor> actors = new ArrayList<>(List.of(BIDEN));
        List<String> tags = new ArrayList<>(List.of("summit"));
        Milestone milestone = geneva().actors(actors).places(List.of(GENEVA)).tags(tags)
                .sources(List.of(REUTERS)).media(List.of(PHOTO)).build();

        actors.clear();
        tags.add("later");

        assertThat(milestone.actors()).containsExactly(BIDEN);
        assertThat(milestone.tags()).containsExactly("summit");
        assertThat(milestone.places()).containsExactly(GENEVA);
        assertThat(milestone.sources()).containsExactly(REUTERS);
        assertThat(milestone.media()).containsExactly(PHOTO);
    }

    @Test
    void hasListsNoOneCanChange() {
        Milestone milestone = geneva().tags(new ArrayList<>(List.of("summit"))).build();

        assertThatThrownBy(() -> milestone.tags().add("x")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> milestone.actors().add(BIDEN)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void ordersChronologicallyWithUndatedLast() {
        Milestone planned = Milestone.builder("Next summit").status(MilestoneStatus.PLANNED).build();
        Milestone year = Milestone.builder("Talks in 2021").date(HistoricalDate.ofYear(2021)).build();
        Milestone summit = geneva().build();
        Milestone sameDayB = Milestone.builder("B press conference").date(GENEVA_SUMMIT).build();
        Milestone earlier = Milestone.builder("Annexation of Crimea").date(HistoricalDate.ofMonth(2014, 3)).build();

        List<Milestone> sorted = List.of(planned, summit, sameDayB, year, earlier).stream()
                .sorted(Milestone.CHRONOLOGICAL).toList();

        assertThat(sorted).containsExactly(earlier, year, sameDayB, summit, planned);
    }

    @Test
    void putsTheMoreImportantFirstOnTheSameDate() {
        Milestone market = Milestone.builder("A market move").date(GENEVA_SUMMIT).importance(3).build();
        Milestone summit = geneva().importance(1).build();

        assertThat(List.of(market, summit).stream().sorted(Milestone.CHRONOLOGICAL).toList())
                .containsExactly(summit, market);
    }

    @Test
    void breaksTiesOfDateAndHeadlineBySlug() {
        Milestone first = geneva().slug("a").build();
        Milestone second = geneva().slug("b").build();

        assertThat(Milestone.CHRONOLOGICAL.compare(first, second)).isNegative();
    }
}
