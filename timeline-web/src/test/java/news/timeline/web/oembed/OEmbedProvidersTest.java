package news.timeline.web.oembed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class OEmbedProvidersTest {

    private static final List<OEmbedProviders.Provider> TABLE = OEmbedProviders.builtIn();
    private static final OEmbedProviders BUILT_IN = new OEmbedProviders(List.of(), TABLE);

    static Stream<Arguments> examples() {
        return TABLE.stream().flatMap(p -> p.examples().stream().map(e -> Arguments.of(p.name(), e)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("examples")
    void everyExampleOfTheTableIsServedByItsProvider(String provider, String example) {
        assertThat(BUILT_IN.find(example)).map(OEmbedProviders.Provider::name).contains(provider);
    }

    @Test
    void everyProviderHasExamplesAndAnHttpsEndpoint() {
        assertThat(TABLE).hasSizeGreaterThanOrEqualTo(8).allSatisfy(p -> {
            assertThat(p.examples()).as(p.name()).isNotEmpty();
            assertThat(p.endpoint()).as(p.name()).startsWith("https://");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://www.example.org/watch?v=dQw4w9WgXcQ", "https://youtube.com.example.org/watch?v=1",
            "https://example.org/?u=https://www.youtube.com/watch?v=1", "https://evil.example/#.youtube.com/watch",
            "https://notvimeo.com/1", "ftp://vimeo.com/1", "https://img.example.org/picture.jpg"})
    void otherAddressesHaveNoProvider(String url) {
        assertThat(BUILT_IN.find(url)).isEmpty();
    }

    @Test
    void theRequestAsksForJsonAtTheWidthGivenWithTheAddressEncoded() {
        OEmbedProviders.Provider vimeo = BUILT_IN.find("https://vimeo.com/76979871").orElseThrow();

        assertThat(vimeo.request("https://vimeo.com/76979871?a=1&b=2", 1280)).isEqualTo(
                "https://vimeo.com/api/oembed.json?url=https%3A%2F%2Fvimeo.com%2F76979871%3Fa%3D1%26b%3D2&format=json&maxwidth=1280");
        assertThat(new OEmbedProviders(List.of("https://media.example.org/oembed?key=k https://media.example.org/v/*"), List.of())
                .find("https://media.example.org/v/1").orElseThrow().request("https://media.example.org/v/1", 640))
                .isEqualTo("https://media.example.org/oembed?key=k&url=https%3A%2F%2Fmedia.example.org%2Fv%2F1&format=json&maxwidth=640");
    }

    @Test
    void aConfiguredProviderComesFirstAndIsNamedByItsEndpointsHost() {
        OEmbedProviders providers = new OEmbedProviders(List.of("https://oembed.example.org/ask https://vimeo.com/* https://clips.example.org/*"),
                TABLE);

        assertThat(providers.find("https://vimeo.com/76979871")).map(OEmbedProviders.Provider::name).contains("oembed.example.org");
        assertThat(providers.find("https://clips.example.org/1")).map(OEmbedProviders.Provider::endpoint)
                .contains("https://oembed.example.org/ask");
        assertThat(providers.find("https://youtu.be/dQw4w9WgXcQ")).map(OEmbedProviders.Provider::name).contains("YouTube");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://oembed.example.org/ask", "oembed.example.org https://clips.example.org/*",
            "javascript:alert(1) https://clips.example.org/*", "https://oembed.example.org/ask clips.example.org/*"})
    void aWrongConfiguredProviderIsRefusedNamingTheKey(String entry) {
        assertThatThrownBy(() -> new OEmbedProviders(List.of(entry), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("timeline.media.oembed-providers");
    }

    @Test
    void aWrongTableLineIsRefusedNamingIt() {
        assertThatThrownBy(() -> OEmbedProviders.read("provider A https://a.example/oembed\nscheme https://a.example/*\nschema x\n", "t.txt"))
                .hasMessage("t.txt line 3: expected a provider, scheme or example line, not 'schema'");
        assertThatThrownBy(() -> OEmbedProviders.read("provider A https://a.example/oembed\nexample https://a.example/1\n", "t.txt"))
                .hasMessage("t.txt at its end: the provider A has no scheme line");
    }
}
