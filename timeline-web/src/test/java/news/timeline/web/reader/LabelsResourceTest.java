package news.timeline.web.reader;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import news.timeline.core.milestone.MilestoneKind;
import news.timeline.core.milestone.MilestoneStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The words for statuses, beats and kinds are data, one line per constant in each language's file: every
 * constant has its line in every file, and the pages read each language's own word.
 */
@QuarkusTest
class LabelsResourceTest {

    static final Locale UKRAINIAN = Locale.forLanguageTag("uk");

    @ParameterizedTest
    @ValueSource(strings = {"en", "de", "uk"})
    void everyConstantHasItsLineInEveryLanguage(String language) throws IOException {
        Properties words = new Properties();
        try (InputStream in = LabelsResourceTest.class.getResourceAsStream("/messages/msg_" + language + ".properties")) {
            words.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Set<String> labels = words.stringPropertyNames().stream().filter(key -> key.matches("(status|beat|kind)Label_.*"))
                .collect(Collectors.toSet());
        Set<String> constants = Stream.of(
                Arrays.stream(MilestoneStatus.values()).map(s -> "statusLabel_" + s.name()),
                Arrays.stream(MilestoneKind.Beat.values()).map(b -> "beatLabel_" + b.name()),
                Arrays.stream(MilestoneKind.values()).map(k -> "kindLabel_$" + k.name()))
                .flatMap(s -> s).collect(Collectors.toSet());
        assertThat(labels).isEqualTo(constants);
        assertThat(labels).allSatisfy(key -> assertThat(words.getProperty(key)).as(key).isNotBlank());
    }

    @Test
    void pagesReadEachLanguagesOwnWord() {
        for (Locale locale : ReaderLocales.SUPPORTED) {
            for (MilestoneKind kind : MilestoneKind.values()) {
                assertThat(DisplayExtensions.label(kind, locale)).as(kind + " in " + locale).isNotBlank()
                        .isEqualTo(DisplayExtensions.kindLabel(kind.name(), locale));
            }
            Arrays.stream(MilestoneKind.Beat.values()).forEach(beat -> assertThat(DisplayExtensions.label(beat, locale)).isNotBlank());
            Arrays.stream(MilestoneStatus.values()).forEach(status -> assertThat(DisplayExtensions.label(status, locale)).isNotBlank());
        }
        assertThat(DisplayExtensions.label(MilestoneKind.LAW, Locale.ENGLISH)).isEqualTo("Law or decree");
        assertThat(DisplayExtensions.label(MilestoneKind.LAW, Locale.GERMAN)).isEqualTo("Gesetz oder Erlass");
        assertThat(DisplayExtensions.label(MilestoneKind.LAW, UKRAINIAN)).isEqualTo("Закон або указ");
        assertThat(DisplayExtensions.label(MilestoneKind.INTENT_TO_MEET, Locale.GERMAN)).isEqualTo("Treffen angekündigt");
        assertThat(DisplayExtensions.label(MilestoneKind.Beat.JUSTICE, UKRAINIAN)).isEqualTo("Суди і злочини");
        assertThat(DisplayExtensions.label(MilestoneStatus.PLANNED, UKRAINIAN)).isEqualTo("Заплановано");
        assertThat(DisplayExtensions.label(MilestoneStatus.CANCELLED, null)).as("no locale: English").isEqualTo("Cancelled");
    }
}
