package news.timeline.importer.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TriggerTest {

    private static final RuleFile FILE = RuleFile.read("/rules/triggers/needs.txt", "rule");

    @Test
    void aRuleMayNeedTwoDoers() {
        Trigger trigger = Trigger.of(FILE.blocks.get(0), 0, FILE);

        assertThat(trigger.needsTwoSides()).isTrue();
        assertThat(trigger.needsPlace()).isFalse();
    }

    @Test
    void aMistypedNeedIsAnErrorThatNamesTheRuleAndWhatItMayBe() {
        assertThatThrownBy(() -> Trigger.of(FILE.blocks.get(1), 1, FILE))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("needs.txt line 9 (mistyped)")
                .hasMessageContaining("not 'two-side'")
                .hasMessageContaining("two-sides");
    }
}
