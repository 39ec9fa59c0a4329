package news.timeline.web.oembed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import news.timeline.web.config.TimelineConfig;

/**
 * The oEmbed providers the server may ask about a media address: those an administrator configures
 * ({@code timeline.media.oembed-providers}) first, then the built-in table {@code oembed/providers.txt}. Which
 * one serves an address is decided by the address alone, so no address of an editor's choosing is ever
 * fetched: only a provider's own endpoint is.
 */
@ApplicationScoped
public class OEmbedProviders {

    static final String TABLE = "oembed/providers.txt";
    static final String CONFIGURED = "timeline.media.oembed-providers";

    /**
     * A provider: its name (said to editors when it fails), its endpoint and the address patterns it serves,
     * with the table's example addresses.
     */
    public record Provider(String name, String endpoint, List<Pattern> schemes, List<String> examples) {

        public boolean serves(String url) {
            return schemes.stream().anyMatch(p -> p.matcher(url).matches());
        }

        /** The endpoint's address that asks for {@code url}'s JSON answer at most {@code maxWidth} pixels wide. */
        public String request(String url, int maxWidth) {
            return endpoint + (endpoint.contains("?") ? "&" : "?") + "url=" + URLEncoder.encode(url, StandardCharsets.UTF_8)
                    + "&format=json&maxwidth=" + maxWidth;
        }
    }

    private final List<Provider> providers;

    @Inject
    public OEmbedProviders(TimelineConfig config) {
        this(config.media().oembedProviders().orElse(List.of()), builtIn());
    }

    OEmbedProviders(List<String> configured, List<Provider> table) {
        List<Provider> all = new ArrayList<>();
        for (String entry : configured) {
            all.add(configured(entry));
        }
        all.addAll(table);
        this.providers = List.copyOf(all);
    }

    /** The provider that serves {@code url}, the configured ones first. */
    public Optional<Provider> find(String url) {
        return url == null ? Optional.empty() : providers.stream().filter(p -> p.serves(url.strip())).findFirst();
    }

    /** The built-in table. */
    static List<Provider> builtIn() {
        try (InputStream in = OEmbedProviders.class.getClassLoader().getResourceAsStream(TABLE)) {
            if (in == null) {
                throw new IllegalStateException(TABLE + " is missing from the application");
            }
            return read(new String(in.readAllBytes(), StandardCharsets.UTF_8), TABLE);
        } catch (IOException e) {
            throw new IllegalStateException(TABLE + " could not be read", e);
        }
    }

    /**
     * The providers of a table in the format its header describes.
     *
     * @throws IllegalArgumentException naming the line that is wrong
     */
    static List<Provider> read(String text, String source) {
        List<Provider> providers = new ArrayList<>();
        String name = null;
        String endpoint = null;
        List<Pattern> schemes = new ArrayList<>();
        List<String> examples = new ArrayList<>();
        String[] lines = text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\\s+");
            String where = source + " line " + (i + 1);
            switch (parts[0]) {
                case "provider" -> {
                    if (parts.length != 3) {
                        throw new IllegalArgumentException(where + ": expected 'provider NAME ENDPOINT'");
                    }
                    if (name != null) {
                        providers.add(provider(name, endpoint, schemes, examples, where));
                    }
                    name = parts[1];
                    endpoint = endpoint(parts[2], where);
                    schemes = new ArrayList<>();
                    examples = new ArrayList<>();
                }
                case "scheme", "example" -> {
                    if (parts.length != 2 || name == null) {
                        throw new IllegalArgumentException(where + ": expected '" + parts[0] + " ADDRESS' after a provider line");
                    }
                    if (parts[0].equals("scheme")) {
                        schemes.add(scheme(parts[1], where));
                    } else {
                        examples.add(parts[1]);
                    }
                }
                default -> throw new IllegalArgumentException(where + ": expected a provider, scheme or example line, not '"
                        + parts[0] + "'");
            }
        }
        if (name != null) {
            providers.add(provider(name, endpoint, schemes, examples, source + " at its end"));
        }
        return List.copyOf(providers);
    }

    private static Provider provider(String name, String endpoint, List<Pattern> schemes, List<String> examples, String where) {
        if (schemes.isEmpty()) {
            throw new IllegalArgumentException(where + ": the provider " + name + " has no scheme line");
        }
        return new Provider(name, endpoint, List.copyOf(schemes), List.copyOf(examples));
    }

    /** A configured provider: its endpoint, then its schemes, separated by spaces; named by its endpoint's host. */
    private static Provider configured(String entry) {
        String[] parts = entry.strip().split("\\s+");
        if (parts.length < 2) {
            throw new IllegalArgumentException(CONFIGURED + ": '" + entry.strip() + "' is not an endpoint followed by the "
                    + "addresses it serves, such as 'https://media.example.org/oembed https://media.example.org/video/*'");
        }
        String endpoint = endpoint(parts[0], CONFIGURED);
        List<Pattern> schemes = new ArrayList<>();
        for (int i = 1; i < parts.length; i++) {
            schemes.add(scheme(parts[i], CONFIGURED));
        }
        return new Provider(URI.create(endpoint).getHost(), endpoint, List.copyOf(schemes), List.of());
    }

    private static String endpoint(String address, String where) {
        try {
            URI uri = new URI(address);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && uri.getRawUserInfo() == null
                    && uri.getRawFragment() == null) {
                return address;
            }
        } catch (java.net.URISyntaxException e) {
            // said below
        }
        throw new IllegalArgumentException(where + ": '" + address + "' is not an http:// or https:// endpoint address");
    }

    /**
     * An address pattern as a regular expression: {@code *} is any run of characters, in the host only of the
     * host's own characters, so that {@code https://*.youtube.com/*} never reads {@code youtube.com} as a path.
     */
    static Pattern scheme(String pattern, String where) {
        java.util.regex.Matcher m = Pattern.compile("(?i)(https?)://([^/]+)(/.*)?").matcher(pattern);
        if (!m.matches()) {
            throw new IllegalArgumentException(where + ": '" + pattern + "' is not an address pattern such as "
                    + "https://*.example.org/video/*");
        }
        String path = m.group(3) == null ? "/" : m.group(3);
        return Pattern.compile("(?i)https?://" + wildcards(m.group(2), "[^/?#@]*") + wildcards(path, ".*"));
    }

    private static String wildcards(String text, String star) {
        String[] parts = text.split("\\*", -1);
        StringBuilder out = new StringBuilder(Pattern.quote(parts[0]));
        for (int i = 1; i < parts.length; i++) {
            out.append(star).append(Pattern.quote(parts[i]));
        }
        return out.toString();
    }
}
