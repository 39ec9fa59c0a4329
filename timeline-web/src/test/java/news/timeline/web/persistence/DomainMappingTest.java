package news.timeline.web.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import news.timeline.core.date.HistoricalDate;
import org.junit.jupiter.api.Test;

class DomainMappingTest {

    /**
     * Dates that start on the same day or near it and differ in everything else the order looks at: precision,
     * time, approximate, ranges and their ends; BCE years; weeks that start in the year before.
     */
    static final List<String> TRICKY_DATES = List.of("2014", "2014~", "201", "20", "2014-H1", "2014-SP", "2014-Q1",
            "2014-01", "2014-W01", "2014-01-01", "2014-01-01T09:30", "2014-01-01T10:00", "2014-01-01T10:00:30",
            "2014-01-01~", "2014/2016", "2014-01/2014-03", "2014-01-01/2014-03", "2014-01-01/2014-03-01",
            "2014-01-01/2015", "2014~/2016", "2013-12-31", "2015-02-28", "-0044-03-15", "-0044", "-0044~", "-0100/-0044",
            "0001-01-01", "-0001-12-31");

    @Test
    void theDateOrderKeyOrdersDatesOfOneDayAsTheirOwnOrderDoes() {
        List<HistoricalDate> dates = TRICKY_DATES.stream().map(HistoricalDate::parse).toList();

        List<HistoricalDate> byKey = dates.stream().sorted(Comparator.comparing(HistoricalDate::startDay)
                .thenComparing(DomainMapping::dateOrder)).toList();

        assertThat(byKey).containsExactlyElementsOf(dates.stream().sorted().toList());
        assertThat(dates).allSatisfy(d -> assertThat(DomainMapping.dateOrder(d)).hasSizeLessThanOrEqualTo(26).matches("[0-9]+"));
        assertThat(DomainMapping.dateOrder(null)).isNull();
    }

    private static TimelineEntity timeline(String coverUrl, String coverAlt) {
        TimelineEntity entity = new TimelineEntity();
        entity.slug = "crimea";
        entity.title = "Crimea";
        entity.coverUrl = coverUrl;
        entity.coverAlt = coverAlt;
        return entity;
    }

    @Test
    void aStoredCoverCoreRefusesLeavesThePageWithoutACoverRatherThanFailing() {
        assertThat(DomainMapping.toTimeline(timeline("https://example.com/a.jpg", null)).cover()).isNull();
        assertThat(DomainMapping.toTimeline(timeline("http://", "A map")).cover()).isNull();
        assertThat(DomainMapping.toTimeline(timeline("https://example.com/a.jpg", "A map")).cover().alt())
                .isEqualTo("A map");
    }
}
