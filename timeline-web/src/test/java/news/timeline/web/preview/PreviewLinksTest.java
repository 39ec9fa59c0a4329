package news.timeline.web.preview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import news.timeline.core.timeline.Timeline;
import news.timeline.web.persistence.PreviewQueries;
import news.timeline.web.persistence.ReaderQueries.TimelineHead;
import org.junit.jupiter.api.Test;

/** The links' signature, expiry and withdrawal, against a fixed clock and a timeline held in memory. */
class PreviewLinksTest {

    private static final long TIMELINE = 7;
    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private static final byte[] KEY = "a session key of at least thirty-two characters".getBytes(StandardCharsets.UTF_8);

    /** One timeline, id {@link #TIMELINE}, whose link generation the tests move on; no bean, as its parent is. */
    @jakarta.enterprise.inject.Vetoed
    static final class OneTimeline extends PreviewQueries {
        int generation;

        @Override
        public Optional<TimelineHead> head(long timelineId) {
            return timelineId == TIMELINE ? Optional.of(new TimelineHead(TIMELINE, new Timeline("desk", "Desk", null, java.util.List.of(), java.util.List.of()), true))
                    : Optional.empty();
        }

        @Override
        public int generation(long timelineId) {
            return generation;
        }

        @Override
        public int nextGeneration(long timelineId) {
            return ++generation;
        }
    }

    private final OneTimeline timelines = new OneTimeline();

    private PreviewLinks at(Instant now) {
        return new PreviewLinks(timelines, Clock.fixed(now, ZoneOffset.UTC), KEY);
    }

    @Test
    void aLinkWorksUntilTheSecondItExpires() {
        String token = at(NOW).issue(TIMELINE, Duration.ofHours(1));
        assertThat(at(NOW).open(token).head().id()).isEqualTo(TIMELINE);
        assertThat(at(NOW).open(token).expires()).isEqualTo(NOW.plusSeconds(3600));
        assertThat(at(NOW.plusSeconds(3599)).open(token).head().id()).isEqualTo(TIMELINE);
        assertRefused(at(NOW.plusSeconds(3600)), token, PreviewRefused.Reason.EXPIRED);
        assertRefused(at(NOW.plus(Duration.ofDays(30))), token, PreviewRefused.Reason.EXPIRED);
    }

    @Test
    void withdrawingMovesTheGenerationOnAndStopsEveryEarlierLink() {
        PreviewLinks links = at(NOW);
        String before = links.issue(TIMELINE, Duration.ofDays(1));
        links.withdraw(TIMELINE);
        assertRefused(links, before, PreviewRefused.Reason.WITHDRAWN);
        assertThat(links.open(links.issue(TIMELINE, Duration.ofDays(1))).head().id()).isEqualTo(TIMELINE);
    }

    @Test
    void anyChangeToALinkOrAnotherKeyMakesItInvalid() {
        PreviewLinks links = at(NOW);
        String token = links.issue(TIMELINE, Duration.ofDays(7));
        String[] parts = token.split("\\.");
        String signature = parts[3];
        for (String changed : new String[] {
            "8." + parts[1] + "." + parts[2] + "." + signature,
            parts[0] + ".1." + parts[2] + "." + signature,
            parts[0] + "." + parts[1] + "." + (Long.parseLong(parts[2]) + 1) + "." + signature,
            parts[0] + "." + parts[1] + "." + parts[2] + "." + signature.substring(0, 42) + (signature.endsWith("A") ? "B" : "A"),
            token + "A", token.substring(1), "", "7.0.1.x", null,
        }) {
            assertRefused(links, changed, PreviewRefused.Reason.INVALID);
        }
        PreviewLinks otherSite = new PreviewLinks(timelines, Clock.fixed(NOW, ZoneOffset.UTC),
                "another site's session key, also long enough".getBytes(StandardCharsets.UTF_8));
        assertRefused(otherSite, token, PreviewRefused.Reason.INVALID);
        // A well-signed link to a timeline that is gone opens nothing either.
        assertRefused(links, links.sign(99, 0, NOW.plusSeconds(60)), PreviewRefused.Reason.INVALID);
    }

    @Test
    void theEditorsPageShowsOnlyAWellSignedLinkOfItsOwnTimeline() {
        PreviewLinks links = at(NOW);
        String token = links.issue(TIMELINE, Duration.ofHours(1));
        assertThat(links.expires(token, TIMELINE)).contains(NOW.plusSeconds(3600));
        assertThat(links.expires(token, TIMELINE + 1)).isEmpty();
        assertThat(links.expires(token.replace('.', ','), TIMELINE)).isEmpty();
        assertThat(links.expires(null, TIMELINE)).isEmpty();
    }

    @Test
    void linksWithinAPreviewKeepItsToken() {
        String html = "<a href=\"/timelines/desk\">x</a><a href=\"/timelines/desk/story?kind=vote\">y</a>"
                + "<form action=\"/timelines/desk\"></form><a href=\"/timelines/desk?offset=50&amp;q=a\">z</a>"
                + "<a href=\"/timelines/desk-two\">other</a><a href=\"/timelines/deskette/story\">other</a>"
                + "<a href=\"https://news.example/timelines/desk/milestones/m\" target=\"_blank\">full</a>"
                + "<a href=\"/embed/timelines/desk?offset=50\">more</a><a href=\"/actors/desk\">actor</a>"
                + "<div data-api=\"/api/timelines/desk/milestones\"></div>";
        assertThat(PreviewPage.within(html, "desk", "T", "https://news.example")).isEqualTo(
                "<a href=\"/preview/T/timelines/desk\">x</a><a href=\"/preview/T/timelines/desk/story?kind=vote\">y</a>"
                + "<form action=\"/preview/T/timelines/desk\"></form><a href=\"/preview/T/timelines/desk?offset=50&amp;q=a\">z</a>"
                + "<a href=\"/timelines/desk-two\">other</a><a href=\"/timelines/deskette/story\">other</a>"
                + "<a href=\"https://news.example/preview/T/timelines/desk/milestones/m\" target=\"_blank\">full</a>"
                + "<a href=\"/preview/T/embed/timelines/desk?offset=50\">more</a><a href=\"/actors/desk\">actor</a>"
                + "<div data-api=\"/preview/T/api/timelines/desk/milestones\"></div>");
    }

    private static void assertRefused(PreviewLinks links, String token, PreviewRefused.Reason reason) {
        assertThatThrownBy(() -> links.open(token)).as(String.valueOf(token)).isInstanceOf(PreviewRefused.class)
                .extracting(e -> ((PreviewRefused) e).reason()).isEqualTo(reason);
    }
}
