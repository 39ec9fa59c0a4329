package news.timeline.web.reader;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.qute.i18n.Message;
import java.io.IOException;
import java.io.Reader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import news.timeline.web.EditorMessages;
import news.timeline.web.FieldMessages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The message bundles say the same things in every language: English (in the interface's annotations and
 * its {@code _en.properties} file), German and Ukrainian have the same keys, every key a template uses is in
 * each of them, and each translation fills in the same values as the English. Quarkus checks at build time
 * only that a key exists in English; a key missing from another language would quietly show English there.
 */
class MessageBundlesTest {

    /** A bundle: its namespace in templates, its interface, and its files' prefix in {@code messages/}. */
    record Bundle(String namespace, Class<?> words, String files) {
        @Override
        public String toString() {
            return namespace;
        }
    }

    static final List<Bundle> BUNDLES = List.of(new Bundle("msg", Messages.class, "msg"),
            new Bundle("editor", EditorMessages.class, "editor"), new Bundle("fields", FieldMessages.class, "fields"));
    /** Quarkus 3.33 makes a broken resolver for a bundle of this many messages or more (see EditorMessages). */
    static final int MOST_MESSAGES = 300;
    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Pattern PARAMETER = Pattern.compile("\\{(\\w+)[ }]");

    static List<Bundle> bundles() {
        return BUNDLES;
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void everyLanguageHasTheSameKeys(Bundle bundle) throws IOException {
        Set<String> english = english(bundle).keySet();
        assertThat(english).isNotEmpty();
        for (String language : new String[] {"de", "uk"}) {
            Set<String> keys = file(bundle, language).stringPropertyNames();
            assertThat(difference(english, keys)).as("keys missing from %s_%s.properties", bundle.files(), language).isEmpty();
            assertThat(difference(keys, english)).as("keys of %s_%s.properties that English lacks", bundle.files(), language).isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void everyKeyTheTemplatesUseIsInEveryLanguage(Bundle bundle) throws IOException {
        Set<String> used = used(bundle);
        Set<String> methods = Arrays.stream(bundle.words().getDeclaredMethods()).map(Method::getName).collect(Collectors.toSet());
        assertThat(difference(used, methods)).as("keys no method of %s declares", bundle.words().getSimpleName()).isEmpty();
        assertThat(missing(used, english(bundle).keySet())).as("keys missing in English").isEmpty();
        for (String language : new String[] {"de", "uk"}) {
            assertThat(missing(used, file(bundle, language).stringPropertyNames()))
                    .as("keys missing from %s_%s.properties", bundle.files(), language).isEmpty();
        }
    }

    @Test
    void theTemplatesUseTheBundles() throws IOException {
        assertThat(used(BUNDLES.get(0))).contains("skipToContent", "editor", "signIn");
        assertThat(used(BUNDLES.get(1))).contains("saveMilestone", "correctFields", "passwordRules");
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void translationsFillInWhatTheEnglishDoes(Bundle bundle) throws IOException {
        for (String language : new String[] {"de", "uk"}) {
            Properties words = file(bundle, language);
            Map<String, String> differing = new TreeMap<>();
            english(bundle).forEach((key, text) -> {
                String translated = words.getProperty(key);
                if (translated == null || translated.isBlank()) {
                    differing.put(key, "(empty)");
                } else if (!parameters(translated).equals(parameters(text))) {
                    differing.put(key, parameters(text) + " in English, " + parameters(translated) + " here");
                }
            });
            assertThat(differing).as("%s_%s.properties", bundle.files(), language).isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void noBundleHasSoManyMessagesThatTheApplicationCannotStart(Bundle bundle) {
        assertThat(bundle.words().getDeclaredMethods()).as("messages of %s", bundle.words().getSimpleName())
                .hasSizeLessThan(MOST_MESSAGES);
    }

    /** Every English text by key: the annotations' and those of the English file. */
    static Map<String, String> english(Bundle bundle) throws IOException {
        Map<String, String> english = new TreeMap<>();
        file(bundle, "en").forEach((key, text) -> english.put((String) key, (String) text));
        for (Method method : bundle.words().getDeclaredMethods()) {
            Message message = method.getAnnotation(Message.class);
            if (message != null && !message.value().equals(Message.DEFAULT_VALUE)) {
                english.put(method.getName(), message.value());
            }
        }
        return english;
    }

    static Properties file(Bundle bundle, String language) throws IOException {
        Properties words = new Properties();
        Path path = Path.of("src/main/resources/messages/" + bundle.files() + "_" + language + ".properties");
        if (Files.exists(path)) {
            try (Reader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
                words.load(in);
            }
        }
        return words;
    }

    private static Set<String> used(Bundle bundle) throws IOException {
        Pattern key = Pattern.compile("(?<![\\w.])" + bundle.namespace() + ":(\\w+)");
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                Matcher matcher = key.matcher(Files.readString(file));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }
        return used;
    }

    private static Set<String> parameters(String text) {
        Set<String> names = new TreeSet<>();
        Matcher matcher = PARAMETER.matcher(text);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    /**
     * The keys of {@code used} that {@code keys} lacks. A message whose parameter is an enum has one key per
     * constant ("mediaKindLabel_IMAGE"), so it is there when any key of that form is.
     */
    private static Set<String> missing(Set<String> used, Set<String> keys) {
        Set<String> left = difference(used, keys);
        left.removeIf(key -> keys.stream().anyMatch(k -> k.startsWith(key + "_")));
        return left;
    }

    private static Set<String> difference(Set<String> from, Set<String> minus) {
        Set<String> left = new TreeSet<>(from);
        left.removeAll(new HashSet<>(minus));
        return left;
    }
}
