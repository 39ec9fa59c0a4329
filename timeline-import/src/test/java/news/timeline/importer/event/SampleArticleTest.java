package news.timeline.importer.event;

import news.timeline.importer.read.Article;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import news.timeline.core.actor.Actor;
import news.timeline.core.milestone.Milestone;
import news.timeline.core.milestone.MilestoneKind;
import news.timeline.core.milestone.MilestoneStatus;
import news.timeline.core.milestone.Source;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The bar of the sample article (us-russia-call-2025-02-12): its five required milestones, exactly. */
class SampleArticleTest {

    private static final String ARTICLE = "/articles/us-russia-call-2025-02-12.txt";
    private static final LocalDate PUBLISHED = LocalDate.of(2025, 2, 12);
    private static String text;
    private static List<Candidate> found;

    @BeforeAll
    static void extract() throws IOException {
        try (InputStream in = SampleArticleTest.class.getResourceAsStream(ARTICLE)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        found = ArticleImporter.english().extract(Article.of(text, PUBLISHED));
    }

    private static Milestone one(MilestoneKind kind, String date, String... actors) {
        List<Milestone> matching = found.stream().map(Candidate::milestone)
                .filter(m -> m.kind() == kind)
                .filter(m -> date == null ? m.date() == null : m.date() != null && m.date().start().toString().equals(date))
                .filter(m -> m.actors().stream().map(Actor::name).toList().containsAll(List.of(actors)))
                .toList();
        assertThat(matching).as(kind + " " + date + " " + List.of(actors)).hasSize(1);
        return matching.get(0);
    }

    @Test
    void crimeaAnnexationIsDatedToTheYearOnly() {
        Milestone annexation = one(MilestoneKind.ANNEXATION, "2014", "Russia");

        assertThat(annexation.date().precision().name()).isEqualTo("YEAR");
        assertThat(annexation.status()).isEqualTo(MilestoneStatus.OCCURRED);
        assertThat(annexation.places()).extracting(p -> p.name()).contains("Crimea");
        assertThat(annexation.headline()).isEqualTo("Russia annexes Crimea");
    }

    @Test
    void genevaMeetingOf2021() {
        Milestone geneva = one(MilestoneKind.MEETING, "2021", "Joe Biden", "Vladimir Putin");

        assertThat(geneva.status()).isEqualTo(MilestoneStatus.OCCURRED);
        assertThat(geneva.places()).extracting(p -> p.name()).containsExactly("Geneva");
    }

    @Test
    void fullScaleInvasionOf2022() {
        Milestone invasion = one(MilestoneKind.MILITARY_ACTION, "2022", "Russia", "Ukraine");

        assertThat(invasion.status()).isEqualTo(MilestoneStatus.OCCURRED);
        assertThat(invasion.headline()).isEqualTo("Russia invades Ukraine");
    }

    @Test
    void trumpPutinCallOnThePublicationDayWithAllItsMentions() {
        Milestone call = one(MilestoneKind.PHONE_CALL, "2025-02-12", "Donald Trump", "Vladimir Putin");

        assertThat(call.status()).isEqualTo(MilestoneStatus.OCCURRED);
        assertThat(call.date().precision().name()).isEqualTo("DAY");
        assertThat(call.headline()).contains("90-minute phone call").contains("Trump").contains("Putin");
        assertThat(call.sources()).extracting(Source::quote)
                .anyMatch(quote -> quote.startsWith("The call between Trump and Putin lasted approximately 90 minutes"));
    }

    @Test
    void plannedMeetingInSaudiArabiaIsUndated() {
        Milestone summit = one(MilestoneKind.MEETING, null, "Donald Trump", "Vladimir Putin", "Mohammed bin Salman");

        assertThat(summit.status()).isEqualTo(MilestoneStatus.PLANNED);
        assertThat(summit.places()).extracting(p -> p.name()).contains("Saudi Arabia");
        assertThat(summit.sources()).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void yearsThatDateAnEventAreNotMilestonesOfTheirOwn() {
        assertThat(found).extracting(c -> c.milestone().kind()).doesNotContain(MilestoneKind.OTHER);
        assertThat(found).hasSizeLessThanOrEqualTo(10);
    }

    @Test
    void everyQuoteIsTheTextAtItsOffsets() {
        assertThat(found).flatExtracting(c -> c.milestone().sources()).allSatisfy(source ->
                assertThat(text.substring(source.quoteStart(), source.quoteEnd())).isEqualTo(source.quote()));
    }

    @Test
    void misspelledNamesResolveAndAreFlagged() {
        assertThat(found).flatExtracting(Candidate::flags)
                .contains("'Higseth' read as Pete Hegseth", "'Kellog' read as Keith Kellogg");
        Milestone hegseth = one(MilestoneKind.STATEMENT, "2025-02-12", "Pete Hegseth");
        assertThat(hegseth.headline()).startsWith("Hegseth says");
    }

    @Test
    void priceMoveHeadlineCarriesTheFigures() {
        Milestone brent = one(MilestoneKind.MARKET_MOVE, "2025-02-12");

        assertThat(brent.headline()).isEqualTo("Brent crude oil prices fall 2.3% to $75.25");
    }
}
