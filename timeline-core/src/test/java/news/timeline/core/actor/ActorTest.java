package news.timeline.core.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ActorTest {

    private static final String PUTIN_NAME = "Vladimir Putin";
    private static final Actor PUTIN = Actor.person(PUTIN_NAME, "Putin", "the Russian president");

    @Test
    void derivesTheSlugFromTheName() {
        assertThat(PUTIN.slug()).isEqualTo("vladimir-putin");
        assertThat(Actor.organisation("Banque de France").slug()).isEqualTo("banque-de-france");
    }

    @Test
    void keepsAGivenValidSlug() {
        assertThat(new Actor("putin", PUTIN_NAME, ActorType.PERSON, null).slug()).isEqualTo("putin");
    }

    @Test
    void rejectsAnInvalidSlug() {
        assertThatThrownBy(() -> new Actor("Putin!", PUTIN_NAME, ActorType.PERSON, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Invalid actor slug 'Putin!': ");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = " ")
    void requiresAName(String name) {
        assertThatThrownBy(() -> new Actor(null, name, ActorType.PERSON, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Missing actor name");
    }

    @Test
    void rejectsANameOverTheLimit() {
        String name = "a".repeat(201);

        assertThatThrownBy(() -> Actor.person(name))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid actor name '" + "a".repeat(40) + "…': at most 200 characters");
    }

    @Test
    void requiresAType() {
        assertThatThrownBy(() -> new Actor(null, PUTIN_NAME, null, null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("actor type");
    }

    @Test
    void stripsTheNameAndCopiesTheAliases() {
        List<String> aliases = new ArrayList<>(List.of("Kremlin"));
        Actor actor = new Actor(null, "  Russia ", ActorType.COUNTRY, aliases);
        aliases.add("Moscow");

        assertThat(actor.name()).isEqualTo("Russia");
        assertThat(actor.aliases()).containsExactly("Kremlin");
        assertThat(new Actor(null, "Russia", ActorType.COUNTRY, null).aliases()).isEmpty();
    }

    @ParameterizedTest(name = "''{0}'': {1}")
    @CsvSource({
            "Vladimir Putin,        true",
            "vladimir putin,        true",
            "PUTIN,                 true",
            "'  Putin  ',           true",
            "The Russian President, true",
            "Vladimir,              false",
            "Putin's,               false",
    })
    void isCalledByItsNameOrAnAliasInAnyCase(String text, boolean called) {
        assertThat(PUTIN.isCalled(text)).isEqualTo(called);
    }

    @Test
    void makesActorsOfEachType() {
        assertThat(PUTIN.type()).isEqualTo(ActorType.PERSON);
        assertThat(Actor.organisation("NATO").type()).isEqualTo(ActorType.ORGANISATION);
        assertThat(Actor.country("Ukraine").type()).isEqualTo(ActorType.COUNTRY);
    }
}
