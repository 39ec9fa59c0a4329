package news.timeline.core.milestone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class MilestoneKindTest {

    private static final String ALLOWED = "statement, appeal, intent-to-cooperate, intent-to-meet, phone-call, visit, "
            + "meeting, negotiation, diplomatic-cooperation, agreement, material-cooperation, aid, yield, release, "
            + "ceasefire, investigation, demand, disapproval, rejection, threat, protest, force-posture, "
            + "reduced-relations, sanctions, coercion, arrest, expulsion, assault, military-action, annexation, "
            + "mass-violence, charge, conviction, sentence, acquittal, ruling, vote, election, referendum, law, "
            + "appointment, resignation, contract, order, merger, acquisition, results, layoffs, launch, "
            + "market-move, disaster, accident, death, other";

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "STATEMENT,       010",
            "APPEAL,          020",
            "RELEASE,         0841",
            "CEASEFIRE,       0871",
            "PROTEST,         140",
            "ARREST,          173",
            "MASS_VIOLENCE,   200",
            "CONVICTION,",
            "ELECTION,",
            "MERGER,",
            "DISASTER,",
            "INTENT_TO_MEET,  036",
            "PHONE_CALL,      041",
            "VISIT,           042",
            "MEETING,         044",
            "NEGOTIATION,     046",
            "AGREEMENT,       057",
            "SANCTIONS,       163",
            "MILITARY_ACTION, 190",
            "ANNEXATION,      192",
            "MARKET_MOVE,",
            "APPOINTMENT,",
            "OTHER,",
    })
    void carriesItsCameoCode(MilestoneKind kind, String cameoCode) {
        // CSV reads "010" as text, so the leading zero that CAMEO codes keep is checked too.
        assertThat(kind.cameoCode()).isEqualTo(cameoCode);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "phone-call,      PHONE_CALL",
            "PHONE_CALL,      PHONE_CALL",
            "Phone-Call,      PHONE_CALL",
            "' intent-to-meet ', INTENT_TO_MEET",
            "military_action, MILITARY_ACTION",
            "other,           OTHER",
    })
    void readsItsSlugOrName(String text, MilestoneKind expected) {
        assertThat(MilestoneKind.fromSlug(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @EnumSource(MilestoneKind.class)
    void readsBackTheSlugItWrites(MilestoneKind kind) {
        assertThat(MilestoneKind.fromSlug(kind.slug())).isEqualTo(kind);
    }

    @Test
    void everyKindBelongsToOneBeatAndEveryBeatHasKinds() {
        for (MilestoneKind.Beat beat : MilestoneKind.Beat.values()) {
            assertThat(beat.kinds()).as(beat.slug()).isNotEmpty().allMatch(kind -> kind.beat() == beat);
        }
        assertThat(java.util.Arrays.stream(MilestoneKind.Beat.values()).mapToInt(b -> b.kinds().size()).sum())
                .isEqualTo(MilestoneKind.values().length);
        assertThat(MilestoneKind.CONVICTION.beat()).isEqualTo(MilestoneKind.Beat.JUSTICE);
        assertThat(MilestoneKind.Beat.JUSTICE.slug()).isEqualTo("justice");
    }

    @Test
    void writesLowerCaseHyphenatedSlugs() {
        assertThat(MilestoneKind.MILITARY_ACTION.slug()).isEqualTo("military-action");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"summit", "phone call"})
    void listsTheAllowedKindsWhenItCannotRead(String text) {
        assertThatThrownBy(() -> MilestoneKind.fromSlug(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Unknown milestone kind '" + text + "': expected one of " + ALLOWED);
    }
}
