package news.timeline.importer.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import news.timeline.core.date.HistoricalDate;
import news.timeline.core.date.Precision;
import news.timeline.core.date.Season;
import org.junit.jupiter.api.Test;

class TimeTaggerTest {

    private static final LocalDate DCT = LocalDate.of(2025, 2, 12);
    private static final TimeTagger TAGGER = TimeTagger.english();

    private static TimeExpression only(String text) {
        List<TimeExpression> found = TAGGER.tag(text, DCT);
        assertThat(found).as(text).hasSize(1);
        return found.get(0);
    }

    @Test
    void absoluteDateKeepsItsPrecision() {
        TimeExpression found = only("The deal was signed on June 16, 2021 in Geneva.");

        assertThat(found.text()).isEqualTo("June 16, 2021");
        assertThat(found.type()).isEqualTo(TimexType.DATE);
        assertThat(found.value()).isEqualTo("2021-06-16");
        assertThat(found.date()).isEqualTo(HistoricalDate.ofDay(2021, 6, 16));
    }

    @Test
    void aPresentProgressiveBeforeAWeekdayTellsAPlan() {
        // DCT is a Wednesday: the Friday to come, and the one before when the clause is in the past.
        assertThat(only("The president is travelling to Brussels on Friday.").value()).isEqualTo("2025-02-14");
        assertThat(only("The president travelled to Brussels on Friday.").value()).isEqualTo("2025-02-07");
    }

    @Test
    void mayWhoSpeaksOrOwnsIsNoMonthButInMayIs() {
        assertThat(TAGGER.tag("Johnson resigned in protest at May's Brexit agreement. May said it was a shame.", DCT)).isEmpty();
        assertThat(only("Turnout in May's elections was low.").value()).isEqualTo("2024-05");
        assertThat(only("The vote will be held in May.").value()).isEqualTo("2025-05");
    }

    @Test
    void offsetsAreStringIndices() {
        String text = "Russia’s invasion of Ukraine in 2022.";

        TimeExpression found = only(text);

        assertThat(text.substring(found.begin(), found.end())).isEqualTo("2022");
    }

    @Test
    void modifiersMakeTheDateApproximate() {
        TimeExpression found = only("The phone is due in mid-2014.");

        assertThat(found.mod()).isEqualTo(TimexMod.MID);
        assertThat(found.date()).isEqualTo(HistoricalDate.ofYear(2014).approximately());
    }

    @Test
    void decadesSeasonsAndQuartersUseTheirPrecision() {
        assertThat(only("prices of the 1990s").date().precision()).isEqualTo(Precision.DECADE);
        assertThat(only("sales in spring 2022").date().precision()).isEqualTo(Precision.SEASON);
        assertThat(only("results for Q3 2024").date().precision()).isEqualTo(Precision.QUARTER);
        assertThat(only("a speech last week").date().precision()).isEqualTo(Precision.WEEK);
        assertThat(only("protests this weekend").date()).isEqualTo(HistoricalDate.ofWeek(2025, 7));
    }

    @Test
    void winterAndFiscalYearsHaveDates() {
        assertThat(only("snow in winter 2021").date()).isEqualTo(HistoricalDate.ofSeason(2021, Season.WINTER));
        assertThat(only("profit in fiscal 2025").date()).isEqualTo(HistoricalDate.ofYear(2025).approximately());
    }

    @Test
    void weekdayFollowsTense() {
        assertThat(only("The minister resigned on Monday.").value()).isEqualTo("2025-02-10");
        assertThat(only("The minister will resign on Monday.").value()).isEqualTo("2025-02-17");
        assertThat(only("On Monday, the minister will resign.").value()).isEqualTo("2025-02-17");
    }

    @Test
    void monthFollowsTense() {
        assertThat(only("The factory closed in December.").value()).isEqualTo("2024-12");
        assertThat(only("The factory will close in December.").value()).isEqualTo("2025-12");
    }

    @Test
    void agoIsResolvedAgainstPublication() {
        TimeExpression found = only("The war began three years ago.");

        assertThat(found.value()).isEqualTo("2022");
        assertThat(found.date()).isEqualTo(HistoricalDate.ofYear(2022));
    }

    @Test
    void theDayRefersToTheDayLastMentioned() {
        List<TimeExpression> found = TAGGER.tag("On Friday the index fell, ending the day down 3%.", DCT);

        assertThat(found).extracting(TimeExpression::value).containsExactly("2025-02-07", "2025-02-07");
    }

    @Test
    void aClockTimeTakesTheDayNamedLaterInItsSentence() {
        List<TimeExpression> found = TAGGER.tag(
                "Talks ended on Friday. The quake struck at 4:53 p.m. local time (2153 GMT) on Tuesday.", DCT);

        assertThat(found).extracting(TimeExpression::value)
                .containsExactly("2025-02-07", "2025-02-11T16:53", "2025-02-11T21:53Z", "2025-02-11");
    }

    @Test
    void aClockTimeKeepsADayNamedEarlierInItsSentence() {
        List<TimeExpression> found = TAGGER.tag("On Friday shares fell at 10:30 a.m. and rose by Monday.", DCT);

        assertThat(found).extracting(TimeExpression::value)
                .containsExactly("2025-02-07", "2025-02-07T10:30", "2025-02-10");
    }

    @Test
    void aStoryOfAnEarlierYearReadsItsMonthsInThatYear() {
        List<TimeExpression> found = TAGGER.tag(
                "In 2012, the company was sold. In August it was closed. It will reopen in August.", DCT);

        assertThat(found).extracting(TimeExpression::value).containsExactly("2012", "2012-08", "2025-08");
    }

    @Test
    void aBoundOrANameDoesNotMoveTheStory() {
        List<TimeExpression> found = TAGGER.tag(
                "Sales have grown since its launch in 2003, and in January they were reported higher.", DCT);

        assertThat(found).extracting(TimeExpression::value).containsExactly("2003", "2025-01");
    }

    @Test
    void aClauseDescribingWhatWasNamedDoesNotMoveTheStory() {
        List<TimeExpression> found = TAGGER.tag("Trump has pushed for an end to the war, which began with Russia's"
                + " full-scale invasion in February 2022. Trump and Putin spoke by phone on January 18.", DCT);

        assertThat(found).extracting(TimeExpression::value).containsExactly("2022-02", "2025-01-18");
    }

    @Test
    void aStoryOfOtherDaysReadsWeekdaysAndRelativeDaysFromItsDate() {
        List<TimeExpression> found = TAGGER.tag("On Nov. 16, 1989, soldiers entered the university. "
                + "The day before, officers met. On Saturday the bodies were found.", DCT);

        assertThat(found).extracting(TimeExpression::value)
                .containsExactly("1989-11-16", "1989-11-15", "1989-11-18");
    }

    @Test
    void aWeekdayFixesTheYearOfADayAndMonthAndTheStoryGoesOnFromIt() {
        List<TimeExpression> found = TAGGER.tag("In 1994 he joined the firm. On Monday, June 13, he made his "
                + "first trade. Two days later he was fired, and he flew home the next morning. "
                + "Next January the firm will close. On Friday its shares fell.", DCT);

        assertThat(found).extracting(TimeExpression::value).containsExactly("1994", "1994-06-13", "1994-06-15",
                "1994-06-16TMO", "2026-01", "2025-02-07");
    }

    @Test
    void aStoryDateInTheMiddleOfASentenceSetsTheStoryToo() {
        List<TimeExpression> found = TAGGER.tag("The plane crashed on Aug. 12, 2012. On Monday, investigators "
                + "found the recorders. By the end of the year, the airline had lost half its flights.", DCT);

        assertThat(found).extracting(TimeExpression::value).containsExactly("2012-08-12", "2012-08-13", "2012");
    }

    @Test
    void aStoryDayNamedLongAgoNoLongerGovernsWeekdays() {
        List<TimeExpression> found = TAGGER.tag("On March 20, 2003, forces crossed the border. Profits rose. "
                + "Sales fell. Shares fell on Friday.", DCT);

        assertThat(found).extracting(TimeExpression::value).containsExactly("2003-03-20", "2025-02-07");
    }

    @Test
    void aStoryDateGivenByTheCallerIsTheFirstReferenceTime() {
        List<TimeExpression> found = TAGGER.tag("On Monday, investigators found the recorders. In September "
                + "the airline was sold. Next week it will close.", DCT, LocalDate.of(2012, 8, 12));

        assertThat(found).extracting(TimeExpression::value).containsExactly("2012-08-13", "2012-09", "2025-W08");
        assertThatThrownBy(() -> TAGGER.tag("Monday", DCT, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aTimeOfDayAlsoNamesItsDay() {
        List<TimeExpression> found = TAGGER.tag(
                "A fire broke out on Monday night. The tenant moved in the day before.", DCT);

        assertThat(found).extracting(TimeExpression::value).containsExactly("2025-02-10TNI", "2025-02-09");
    }

    @Test
    void aDateThatNamesAnotherEventIsNotTheDayTheStoryCountsFrom() {
        List<TimeExpression> found = TAGGER.tag("On Wednesday, ministers met in Cairo. They said the November 27 "
                + "border agreement is void. In a press release issued the following day, Turkey denounced them.",
                LocalDate.of(2020, 1, 11));

        assertThat(found).extracting(TimeExpression::value).containsExactly("2020-01-08", "2019-11-27", "2020-01-09");
    }

    @Test
    void aPastClauseCountsFromThePastDayNotFromADateToCome() {
        List<TimeExpression> found = TAGGER.tag("He was arrested on Friday and remanded until March 5. "
                + "The attack was at 13:40 local time, and a second one followed the same day.", DCT);

        assertThat(found).extracting(TimeExpression::value)
                .containsExactly("2025-02-07", "2025-03-05", "2025-02-07T13:40", "2025-02-07");
    }

    @Test
    void aBoundLooksAheadUnlessItsClauseIsPast() {
        assertThat(only("The plant will be closed by June.").value()).isEqualTo("2025-06");
        assertThat(only("He was the envoy until December.").value()).isEqualTo("2024-12");
    }

    @Test
    void rangesAreReportedAsTheirEndsAndTheFirstCarriesTheRange() {
        List<TimeExpression> found = TAGGER.tag("Hearings on March 23-24 and deliveries from 2009 to 2011.", DCT);

        assertThat(found).extracting(TimeExpression::text).containsExactly("March 23", "24", "2009", "2011");
        assertThat(found).extracting(TimeExpression::value)
                .containsExactly("2025-03-23", "2025-03-24", "2009", "2011");
        assertThat(found.get(0).range())
                .isEqualTo(HistoricalDate.ofDay(2025, 3, 23).to(HistoricalDate.ofDay(2025, 3, 24)));
        assertThat(found.get(1).range()).isNull();
        assertThat(found.get(2).range()).isEqualTo(HistoricalDate.ofYear(2009).to(HistoricalDate.ofYear(2011)));
    }

    @Test
    void movingHolidaysAreComputedForTheirYear() {
        assertThat(Resolver.easter(1998)).isEqualTo(LocalDate.of(1998, 4, 12));
        assertThat(Resolver.easter(2000)).isEqualTo(LocalDate.of(2000, 4, 23));
        assertThat(Resolver.easter(2019)).isEqualTo(LocalDate.of(2019, 4, 21));
        assertThat(Resolver.easter(2038)).isEqualTo(LocalDate.of(2038, 4, 25));
        assertThat(only("Shops were closed on Good Friday 2019.").value()).isEqualTo("2019-04-19");
        assertThat(only("Sales rose on Thanksgiving Day.").value()).isEqualTo("2024-11-28");
        assertThat(only("The parade on Memorial Day will be held.").value()).isEqualTo("2025-05-26");
    }

    @Test
    void aSpanFromNowIsADurationAndThePresent() {
        List<TimeExpression> found = TAGGER.tag("The plant may close five years from now.", DCT);

        assertThat(found).extracting(TimeExpression::text).containsExactly("five years", "now");
        assertThat(found).extracting(TimeExpression::value).containsExactly("P5Y", "PRESENT_REF");
        assertThat(found.get(0).date()).isEqualTo(HistoricalDate.ofYear(2030));
    }

    @Test
    void aFiscalYearIsWrittenAsTheYearButDatedApproximately() {
        TimeExpression found = only("Profit rose in the current fiscal year.");

        assertThat(found.value()).isEqualTo("2025");
        assertThat(found.date()).isEqualTo(HistoricalDate.ofYear(2025).approximately());
    }

    @Test
    void relativeValuesStayUnresolvedWithoutAPublicationDate() {
        List<TimeExpression> found = TAGGER.tagWithoutPublicationDate("It happened yesterday, in December.");

        assertThat(found).extracting(TimeExpression::value).containsExactly("XXXX-XX-XX", "XXXX-12");
    }

    @Test
    void missingPublicationDateIsNamed() {
        assertThatThrownBy(() -> TAGGER.tag("yesterday", null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("publication date is required");
    }

    @Test
    void emptyTextAndTextWithoutDatesGiveNothing() {
        assertThat(TAGGER.tag("", DCT)).isEmpty();
        assertThat(TAGGER.tag("The cat sat on the mat. No numbers here!", DCT)).isEmpty();
    }

    @Test
    void binaryGarbageDoesNotThrow() {
        byte[] bytes = new byte[200_000];
        new Random(7).nextBytes(bytes);
        String garbage = new String(bytes, StandardCharsets.UTF_8) + new String(bytes, StandardCharsets.ISO_8859_1);

        assertThat(TAGGER.tag(garbage, DCT)).isNotNull();
    }

    @Test
    void countsBeyondTheCalendarDoNotThrow() {
        String text = "It began 99999999999 years ago, 99999999999 days later, 5000000000 years earlier, "
                + "2147483647 days ago, 300000 years later, on 2099-12-31 and on 1000-02-29.";

        assertThat(TAGGER.tag(text, DCT)).isNotEmpty();
    }

    @Test
    void tenMegabyteTextIsTagged() {
        String paragraph = "Shares fell 3% on Monday after the company said in March 2021 it would cut 2,000 jobs. ";
        String text = paragraph.repeat(10_000_000 / paragraph.length() + 1);

        assertThat(TAGGER.tag(text, DCT)).hasSizeGreaterThan(100_000);
    }

    @Test
    void adversarialMegabyteFinishesInBoundedTime() {
        // A hang guard, not a performance test: no rule may backtrack without bound.
        String[] pieces = {"1", "12", "2021", " ", "June", "May", "-", ",", "31", "the", "of", "1990s", "Q3"};
        StringBuilder text = new StringBuilder();
        Random random = new Random(11);
        while (text.length() < 1_000_000) {
            text.append(pieces[random.nextInt(pieces.length)]);
            if (random.nextInt(3) == 0) {
                text.append(' ');
            }
        }
        String digitsAndMonths = "2021 June 16 " .repeat(80_000);

        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            TAGGER.tag(text.toString(), DCT);
            TAGGER.tag(digitsAndMonths, DCT);
        });
    }

    @Test
    void unknownLanguageIsRefused() {
        assertThatThrownBy(() -> TimeTagger.forLanguage("x/y"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("language");
    }
}
