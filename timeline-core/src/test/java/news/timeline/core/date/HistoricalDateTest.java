package news.timeline.core.date;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class HistoricalDateTest {

    private static final HistoricalDate YEAR_2021 = HistoricalDate.ofYear(2021);
    private static final HistoricalDate JUNE_2021 = HistoricalDate.ofMonth(2021, 6);
    private static final HistoricalDate JUNE_16_2021 = HistoricalDate.ofDay(2021, 6, 16);
    private static final HistoricalDate JUNE_17_2021 = HistoricalDate.ofDay(2021, 6, 17);
    private static final HistoricalDate JUNE_16_2021_AT_1300 =
            HistoricalDate.of(LocalDateTime.of(2021, 6, 16, 13, 0));
    private static final HistoricalDate YEAR_44_BCE = HistoricalDate.ofYear(-44);

    @Nested
    class Parsing {

        static Stream<Arguments> valuesAndDates() {
            return Stream.of(
                    Arguments.of("2021", YEAR_2021),
                    Arguments.of("2021-06", JUNE_2021),
                    Arguments.of("2021-06-16", JUNE_16_2021),
                    Arguments.of("-0044", YEAR_44_BCE),
                    Arguments.of("BC0044", YEAR_44_BCE),
                    Arguments.of("2021-06-16T13:00", JUNE_16_2021_AT_1300),
                    Arguments.of("2021-06-16T13:00:00", JUNE_16_2021_AT_1300),
                    Arguments.of("199", HistoricalDate.ofDecade(1990)),
                    Arguments.of("19", HistoricalDate.ofCentury(1900)),
                    Arguments.of("2022-SP", HistoricalDate.ofSeason(2022, Season.SPRING)),
                    Arguments.of("2022-AU", HistoricalDate.ofSeason(2022, Season.AUTUMN)),
                    Arguments.of("2024-Q3", HistoricalDate.ofQuarter(2024, 3)),
                    Arguments.of("2024-H1", HistoricalDate.ofHalfYear(2024, 1)),
                    Arguments.of("2013-W11", HistoricalDate.ofWeek(2013, 11)),
                    Arguments.of("2021~", YEAR_2021.approximately()),
                    Arguments.of("2014/2022", HistoricalDate.ofYear(2014).to(HistoricalDate.ofYear(2022))),
                    Arguments.of("2021-06-16/2021-06-17", JUNE_16_2021.to(JUNE_17_2021)),
                    Arguments.of(" 2021 ", YEAR_2021));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("valuesAndDates")
        void readsEveryDocumentedForm(String value, HistoricalDate expected) {
            assertThat(HistoricalDate.parse(value)).isEqualTo(expected);
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"2021", "2021-06", "2021-06-16", "-0044", "-0044-03-15", "2021-06-16T13:00",
                "2021-06-16T13:00:30", "199", "19", "001", "2022-SP", "2022-SU", "2022-FA", "2022-WI",
                "2024-Q1", "2024-Q3", "2024-H1", "2024-H2", "2013-W01", "2013-W11", "2020-W53", "2021~",
                "2021-06-16~", "2014/2022", "2014~/2022", "2021-06-16/2021-06-17", "-0044/0014",
                "2021/2021-06", "2021-06-16T13:00/2021-06-16T15:30"})
        void roundTripsThroughItsText(String value) {
            HistoricalDate date = HistoricalDate.parse(value);

            assertThat(date).hasToString(value);
            assertThat(HistoricalDate.parse(date.toString())).isEqualTo(date);
        }

        @Test
        void readsBcAsTheSameYearAsMinus() {
            assertThat(HistoricalDate.parse("BC0044")).hasToString("-0044");
        }

        @Test
        void readsAnApproximateEndAsAnApproximateRange() {
            // The end alone cannot be approximate, so "~" anywhere in a range marks the whole range.
            assertThat(HistoricalDate.parse("2014/2022~")).isEqualTo(HistoricalDate.parse("2014~/2022"));
        }

        @Test
        void dropsSecondsFractionsAndKeepsSeconds() {
            assertThat(HistoricalDate.parse("2021-06-16T13:00:30.250").time()).isEqualTo(LocalTime.of(13, 0, 30));
        }
    }

    @Nested
    class InvalidInput {

        @ParameterizedTest(name = "''{0}''")
        @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
                "\"\"          | no date given",
                "\"   \"       | no date given",
                "garbage       | expected a value such as 2021",
                "21-06-16      | expected a value such as 2021",
                "2021-6-16     | expected a value such as 2021",
                "2021-13       | month must be between 01 and 12",
                "2021-00-10    | month must be between 01 and 12",
                "2021-04-31    | day must be between 1 and 30 in that month",
                "2021-06-00    | day must be between 1 and 30 in that month",
                "2021-02-29    | day must be between 1 and 28 in that month",
                "1900-02-29    | day must be between 1 and 28 in that month",
                "0000          | there is no year 0",
                "-0000         | there is no year 0",
                "0000-06-16    | there is no year 0",
                "2021-06-16T24:00 | hour must be between 00 and 23",
                "2021-06-16T13:60 | minute must be between 00 and 59",
                "2022/2014     | a range must end (2014) after it starts",
                "2021-06-17/2021-06-16 | a range must end (2021-06-16) after it starts",
                "2021/2021     | a range must end (2021) after it starts",
                "2021-06/2021  | a range must end (2021) after it starts",
                "2014/         | a range is two dates joined by one '/'",
                "/2014         | a range is two dates joined by one '/'",
                "2014/2018/2022 | a range is two dates joined by one '/'",
                "2013-W54      | week must be between 1 and 52 in that year",
                "2013-W00      | week must be between 1 and 52 in that year",
                "2021-W53      | week must be between 1 and 52 in that year",
                "2024-Q5       | quarter must be between 1 and 4",
                "2024-Q0       | quarter must be between 1 and 4",
                "2024-H3       | half must be 1 or 2",
                "-0044-W10     | weeks are supported from year 1 on",
                "2021~~        | expected a value such as 2021",
        })
        void namesTheInputAndTheProblem(String value, String problem) {
            assertThatThrownBy(() -> HistoricalDate.parse(value))
                    .isInstanceOf(InvalidDateException.class)
                    .hasMessageStartingWith("Invalid date '" + value + "': ")
                    .hasMessageContaining(problem);
        }

        @Test
        void monthThirteenHasTheDocumentedMessage() {
            assertThatThrownBy(() -> HistoricalDate.parse("2021-13"))
                    .isInstanceOf(InvalidDateException.class)
                    .hasMessage("Invalid date '2021-13': month must be between 01 and 12")
                    .satisfies(e -> {
                        InvalidDateException invalid = (InvalidDateException) e;
                        assertThat(invalid.input()).isEqualTo("2021-13");
                        assertThat(invalid.reason()).isEqualTo("month must be between 01 and 12");
                    });
        }

        @Test
        void nullIsReportedAsNoDate() {
            assertThatThrownBy(() -> HistoricalDate.parse(null))
                    .isInstanceOf(InvalidDateException.class)
                    .hasMessage("Invalid date '': no date given");
        }

        @Test
        void aRangeOfTimesMustNotEndBeforeItStarts() {
            assertThatThrownBy(() -> HistoricalDate.parse("2021-06-16T13:00/2021-06-16T12:00"))
                    .isInstanceOf(InvalidDateException.class)
                    .hasMessage("Invalid date '2021-06-16T13:00/2021-06-16T12:00': "
                            + "a range must end (2021-06-16T12:00) after it starts");
        }

        @ParameterizedTest(name = "''{0}''")
        @ValueSource(strings = {"000", "00"})
        void hasNoDecadeOrCenturyBeginningInYearZero(String value) {
            // Read as anything else, "000" would silently stand for another decade.
            assertThatThrownBy(() -> HistoricalDate.parse(value))
                    .isInstanceOf(InvalidDateException.class)
                    .hasMessageStartingWith("Invalid date '" + value + "': ");
        }
    }

    @Nested
    class Construction {

        @Test
        void rejectsYearZero() {
            assertThatThrownBy(() -> HistoricalDate.ofYear(0))
                    .isInstanceOf(InvalidDateException.class)
                    .hasMessageContaining("there is no year 0: 1 BCE is followed by 1 CE");
        }

        @ParameterizedTest
        @ValueSource(ints = {10_000, -10_000})
        void rejectsYearsBeyondFourDigits(int year) {
            assertThatThrownBy(() -> HistoricalDate.ofYear(year))
                    .isInstanceOf(InvalidDateException.class)
                    .hasMessageContaining("year must be between -9999 and 9999");
        }

        @ParameterizedTest(name = "{0}: {5}")
        @CsvSource(delimiter = '|', value = {
                "CENTURY   | 1950 | 1 | 1 | | a century starts on 1 January of a positive year divisible by 100",
                "CENTURY   | -100 | 1 | 1 | | a century starts on 1 January of a positive year divisible by 100",
                "DECADE    | 1995 | 1 | 1 | | a decade starts on 1 January of a positive year divisible by 10",
                "YEAR      | 2021 | 6 | 1 | | a year starts on 1 January",
                "HALF_YEAR | 2021 | 4 | 1 | | a half-year starts on 1 January or 1 July",
                "SEASON    | 2021 | 4 | 1 | | a season starts on 1 March, June, September or December",
                "QUARTER   | 2021 | 3 | 1 | | a quarter starts on 1 January, April, July or October",
                "MONTH     | 2021 | 6 | 2 | | a month starts on day 1",
                "WEEK      | 2021 | 6 | 16 | | an ISO week starts on a Monday",
                "MINUTE    | 2021 | 6 | 16 | | a time of day is given exactly when the precision is MINUTE",
                "DAY       | 2021 | 6 | 16 | 13:00 | a time of day is given exactly when the precision is MINUTE",
                "DAY       | 2021 | 13 | 1 | | month must be between 1 and 12",
        })
        void keepsFieldsAtTheStartOfThePeriod(Precision precision, int year, int month, int day, LocalTime time,
                                              String problem) {
            assertThatThrownBy(() -> new HistoricalDate(precision, year, month, day, time, false, null))
                    .isInstanceOf(InvalidDateException.class)
                    .hasMessage("Invalid date 'year %d, month %d, day %d': %s", year, month, day, problem);
        }

        @Test
        void acceptsFebruary29InALeapYearBeforeTheCommonEra() {
            // 1 BCE is ISO year 0, a leap year; 4 BCE is ISO year -3, which is not.
            assertThat(HistoricalDate.ofDay(-1, 2, 29).startDay()).isEqualTo(LocalDate.of(0, 2, 29));
            assertThatThrownBy(() -> HistoricalDate.ofDay(-4, 2, 29)).isInstanceOf(InvalidDateException.class);
        }

        @Test
        void rejectsARangeWhoseEndIsARange() {
            HistoricalDate range = JUNE_16_2021.to(JUNE_17_2021);

            assertThatThrownBy(() -> YEAR_2021.to(range))
                    .isInstanceOf(InvalidDateException.class)
                    .hasMessageContaining("the end of a range cannot itself be a range");
        }

        @Test
        void rejectsAnApproximateEnd() {
            assertThatThrownBy(() -> YEAR_2021.to(HistoricalDate.ofYear(2022).approximately()))
                    .isInstanceOf(InvalidDateException.class)
                    .hasMessageContaining("mark the whole range approximate, not its end");
        }

        @Test
        void convertsBetweenHistoricalAndIsoYears() {
            assertThat(HistoricalDate.of(LocalDate.of(0, 3, 15))).isEqualTo(HistoricalDate.ofDay(-1, 3, 15));
            assertThat(HistoricalDate.ofDay(-44, 3, 15).startDay()).isEqualTo(LocalDate.of(-43, 3, 15));
            assertThat(HistoricalDate.of(LocalDate.of(2021, 6, 16))).isEqualTo(JUNE_16_2021);
        }

        @Test
        void keepsTheTimeToTheSecond() {
            HistoricalDate date = HistoricalDate.of(LocalDateTime.of(2021, 6, 16, 13, 0, 30, 999));

            assertThat(date.precision()).isEqualTo(Precision.MINUTE);
            assertThat(date.time()).isEqualTo(LocalTime.of(13, 0, 30));
        }

        @Test
        void startsIsoWeekOneInThePreviousYearWhenItBeginsThere() {
            HistoricalDate week = HistoricalDate.ofWeek(2013, 1);

            assertThat(week.startDay()).isEqualTo(LocalDate.of(2012, 12, 31));
            assertThat(week).hasToString("2013-W01");
            assertThat(week.lastDay()).isEqualTo(LocalDate.of(2013, 1, 6));
        }

        @Test
        void startsWinterInDecember() {
            HistoricalDate winter = HistoricalDate.ofSeason(2022, Season.WINTER);

            assertThat(winter.startDay()).isEqualTo(LocalDate.of(2022, 12, 1));
            assertThat(winter.lastDay()).isEqualTo(LocalDate.of(2023, 2, 28));
            assertThat(winter.season()).isEqualTo(Season.WINTER);
        }
    }

    @Nested
    class Reading {

        @ParameterizedTest(name = "{0}")
        @CsvSource({
                "19,         1900-01-01, 1999-12-31",
                "199,        1990-01-01, 1999-12-31",
                "2021,       2021-01-01, 2021-12-31",
                "2024-H2,    2024-07-01, 2024-12-31",
                "2022-SP,    2022-03-01, 2022-05-31",
                "2024-Q3,    2024-07-01, 2024-09-30",
                "2024-02,    2024-02-01, 2024-02-29",
                "2013-W11,   2013-03-11, 2013-03-17",
                "2021-06-16, 2021-06-16, 2021-06-16",
                "2021-06-16T13:00, 2021-06-16, 2021-06-16",
                "2014/2022,  2014-01-01, 2022-12-31",
                "-0044,      -0043-01-01, -0043-12-31",
        })
        void coversItsWholePeriod(String value, LocalDate first, LocalDate last) {
            HistoricalDate date = HistoricalDate.parse(value);

            assertThat(date.startDay()).isEqualTo(first);
            assertThat(date.lastDay()).isEqualTo(last);
            assertThat(date.endDayExclusive()).isEqualTo(last.plusDays(1));
        }

        @Test
        void namesItsPart() {
            assertThat(HistoricalDate.parse("2024-Q3").part()).isEqualTo(3);
            assertThat(HistoricalDate.parse("2024-H2").part()).isEqualTo(2);
            assertThat(YEAR_2021.part()).isZero();
            assertThat(YEAR_2021.season()).isNull();
        }

        @Test
        void startIsTheExactSingleDate() {
            HistoricalDate range = HistoricalDate.parse("2014~/2022");

            assertThat(range.isRange()).isTrue();
            assertThat(range.start()).isEqualTo(HistoricalDate.ofYear(2014));
            assertThat(range.start().isRange()).isFalse();
        }
    }

    @Nested
    class Order {

        @Test
        void putsCoarserPrecisionsFirstOnTheSameStartDay() {
            List<HistoricalDate> expected = Stream.of("20", "202", "2020", "2020-H1", "2020-Q1", "2020-01",
                    "2020-01-01", "2020-01-01T09:00", "2020-01-01T10:00").map(HistoricalDate::parse).toList();
            List<HistoricalDate> shuffled = new ArrayList<>(expected);
            Collections.reverse(shuffled);

            assertThat(shuffled.stream().sorted().toList()).containsExactlyElementsOf(expected);
        }

        @Test
        void ordersByStartDayFirst() {
            List<HistoricalDate> expected = Stream.of("-0044", "0014", "199", "1999-12-31", "2021-06-16",
                    "2021-06-17", "2021-W25", "2022-SP").map(HistoricalDate::parse).toList();
            List<HistoricalDate> shuffled = new ArrayList<>(expected);
            Collections.reverse(shuffled);

            assertThat(shuffled.stream().sorted().toList()).containsExactlyElementsOf(expected);
        }

        @Test
        void putsExactBeforeApproximateThenSingleBeforeShorterBeforeLongerRanges() {
            List<HistoricalDate> expected = Stream.of("2014", "2014/2015", "2014/2022", "2014~", "2014~/2015")
                    .map(HistoricalDate::parse).toList();
            List<HistoricalDate> shuffled = new ArrayList<>(expected);
            Collections.reverse(shuffled);

            assertThat(shuffled.stream().sorted().toList()).containsExactlyElementsOf(expected);
        }

        static Stream<Arguments> pairs() {
            List<String> values = List.of("19", "199", "2020", "2020~", "2020-H1", "2020-SP", "2020-Q1",
                    "2020-03", "2020-W10", "2020-03-02", "2020-03-02T09:00", "2020/2021", "2020~/2021",
                    "2020-03-02/2020-03-04", "-0044", "BC0044");
            return values.stream().flatMap(a -> values.stream().map(b -> Arguments.of(a, b)));
        }

        @ParameterizedTest(name = "{0} vs {1}")
        @MethodSource("pairs")
        void isConsistentWithEqualsAndAntisymmetric(String a, String b) {
            HistoricalDate first = HistoricalDate.parse(a);
            HistoricalDate second = HistoricalDate.parse(b);

            assertThat(first.compareTo(second) == 0).isEqualTo(first.equals(second));
            assertThat(Integer.signum(first.compareTo(second))).isEqualTo(-Integer.signum(second.compareTo(first)));
        }
    }

    @Nested
    class Compatibility {

        @ParameterizedTest(name = "{0} and {1}: {2}")
        @CsvSource({
                "2025,        2025-02-12, true",
                "2025-02,     2025-02-28, true",
                "2025-02,     2025-03-01, false",
                "2025,        2026-01-01, false",
                "2021~,       2022-01-05, true",
                "2021~,       2020-01-01, true",
                "2021~,       2023-01-01, false",
                "2021-06~,    2021-07-31, true",
                "2021-06~,    2021-08-01, false",
                "2021-06-16~, 2021-06-17, true",
                "2021-06-16~, 2021-06-18, false",
                "2021-06-16,  2021-06-16T13:00, true",
                "2014/2022,   2018-05, true",
                "2014/2022,   2023, false",
                "199,         1999-12-31, true",
                "199,         2000, false",
                "2022-SP,     2022-05-31, true",
                "2022-SP,     2022-06-01, false",
                "2013-W11,    2013-03-17, true",
                "2013-W11,    2013-03-18, false",
                "-0044,       -0044-03-15, true",
                "-0044,       0044, false",
        })
        void overlapsPeriodsWideningApproximateOnesByOneUnit(String a, String b, boolean compatible) {
            HistoricalDate first = HistoricalDate.parse(a);
            HistoricalDate second = HistoricalDate.parse(b);

            assertThat(first.isCompatibleWith(second)).isEqualTo(compatible);
            assertThat(second.isCompatibleWith(first)).isEqualTo(compatible);
        }
    }
}
