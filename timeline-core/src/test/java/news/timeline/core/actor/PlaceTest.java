package news.timeline.core.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PlaceTest {

    private static final String KYIV = "Kyiv";
    private static final String UKRAINE_CODE = "UA";

    @Test
    void derivesTheSlugFromTheName() {
        assertThat(Place.named("São Paulo", PlaceType.CITY, "BR").slug()).isEqualTo("sao-paulo");
    }

    @Test
    void keepsAGivenValidSlugAndItsAliases() {
        Place kyiv = new Place("kyiv-city", KYIV, PlaceType.CITY, UKRAINE_CODE, List.of("Kiev", "Київ"));

        assertThat(kyiv.slug()).isEqualTo("kyiv-city");
        assertThat(kyiv.aliases()).containsExactly("Kiev", "Київ");
        assertThat(kyiv.countryCode()).isEqualTo(UKRAINE_CODE);
    }

    @Test
    void rejectsAnInvalidSlug() {
        assertThatThrownBy(() -> new Place("kyiv--city", KYIV, PlaceType.CITY, UKRAINE_CODE, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Invalid place slug 'kyiv--city': ");
    }

    @Test
    void isASiteUnlessToldOtherwise() {
        Place place = new Place(null, "Villa La Grange", null, "CH", null);

        assertThat(place.type()).isEqualTo(PlaceType.SITE);
        assertThat(place.aliases()).isEmpty();
    }

    @Test
    void mayHaveNoCountry() {
        assertThat(Place.named("Black Sea", PlaceType.REGION, null).countryCode()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ua", "UKR", "U", "U1", "", " UA"})
    void rejectsCountryCodesThatAreNotTwoCapitalLetters(String code) {
        assertThatThrownBy(() -> Place.named(KYIV, PlaceType.CITY, code))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid country code '" + code + "' for place 'Kyiv': expected two capital letters");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = "  ")
    void requiresAName(String name) {
        assertThatThrownBy(() -> Place.named(name, PlaceType.CITY, UKRAINE_CODE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Missing place name");
    }
}
