package news.timeline.web.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DomainMappingTest {

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
