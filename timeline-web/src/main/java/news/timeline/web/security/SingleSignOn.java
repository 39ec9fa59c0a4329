package news.timeline.web.security;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigurationException;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import news.timeline.web.config.SessionKeySource;
import news.timeline.web.config.TimelineConfig;
import news.timeline.web.persistence.AccountEntity;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Optional sign-in through the newsroom's OpenID Connect provider (Keycloak, Entra ID, Google…). Quarkus'
 * OIDC extension runs the authorization code flow at {@link #PATH} only ({@code application.properties});
 * what it returns is mapped here to one of the site's own accounts, and from then on the editor has the
 * same session as after the sign-in form (SessionCookie), so roles, CSRF tokens and the names in the
 * history are what they always are. Off unless {@code quarkus.oidc.tenant-enabled} is true: then nothing
 * asks the provider for anything, and the sign-in page has no button for it.
 */
@ApplicationScoped
public class SingleSignOn {

    /** Where the flow starts and where the provider sends the browser back (the redirect URI to register). */
    public static final String PATH = "/editor/sso";
    /** The switch; every other key of the provider is under {@code quarkus.oidc.} too. */
    static final String ENABLED = "quarkus.oidc.tenant-enabled";

    private static final Logger LOG = Logger.getLogger(SingleSignOn.class);

    /** Why a person signed in by the provider did not get a session here. */
    enum Refusal {
        /** The token's claim holds no usable username (missing, or an address at another domain). */
        NO_USERNAME,
        /** No account of that username may sign in, and none may be made for it. */
        NO_ACCOUNT
    }

    /** What a sign-in through the provider comes to: the username signed in, or a refusal (for the username it named). */
    record Outcome(String username, Refusal refusal) {
        boolean signedIn() {
            return refusal == null;
        }
    }

    @Inject
    TimelineConfig config;
    @Inject
    Accounts accounts;
    @Inject
    SessionCookie sessionCookie;

    @ConfigProperty(name = ENABLED, defaultValue = "false")
    boolean enabled;

    /** A configuration that cannot work stops the start with a message that names the key, not a login that fails. */
    void onStart(@Observes StartupEvent event, Config settings) {
        if (!enabled) {
            return;
        }
        String problem = problem(key -> settings.getOptionalValue(key, String.class).filter(value -> !value.isBlank()));
        if (problem != null) {
            throw new ConfigurationException(problem);
        }
        LOG.infof("Single sign-on is on: the sign-in page offers '%s', which returns to %s%s (the redirect URI to"
                + " register at the provider)", config.sso().label(), config.site().baseUrl(), PATH);
    }

    /**
     * What is missing from an enabled single sign-on's settings, naming the key, or null if nothing is.
     *
     * @param setting a key's value, empty when it is unset or blank
     */
    static String problem(Function<String, Optional<String>> setting) {
        for (String key : List.of("quarkus.oidc.auth-server-url", "quarkus.oidc.client-id")) {
            if (setting.apply(key).isEmpty()) {
                return missing(key, "the provider's " + (key.endsWith("url") ? "address (its issuer)" : "client id for this site"));
            }
        }
        if (setting.apply("quarkus.oidc.credentials.secret").isEmpty() && setting.apply("quarkus.oidc.credentials.client-secret.value").isEmpty()) {
            return missing("quarkus.oidc.credentials.secret", "the client secret the provider gave this site");
        }
        String type = setting.apply("quarkus.oidc.application-type").orElse("web-app");
        if (!type.equals("web-app") && !type.equals("hybrid")) {
            return "quarkus.oidc.application-type is '" + type + "': single sign-on (" + ENABLED + "=true) signs people"
                    + " in through the browser, which needs web-app (the default here).";
        }
        Optional<String> stateSecret = setting.apply(SessionKeySource.STATE_SECRET);
        if (stateSecret.isPresent() && stateSecret.get().length() < SessionKeySource.MIN_LENGTH) {
            return SessionKeySource.STATE_SECRET + " has " + stateSecret.get().length() + " characters: the key of the"
                    + " cookie that holds the PKCE verifier needs at least " + SessionKeySource.MIN_LENGTH + ", the same on"
                    + " every instance; or leave it unset, and it is derived from the session key.";
        }
        if (setting.apply("timeline.sso.username-claim").isEmpty()) {
            return missing("timeline.sso.username-claim", "the ID token's claim that holds the username, such as"
                    + " preferred_username or email");
        }
        Optional<String> domain = setting.apply("timeline.sso.email-domain");
        if (domain.isPresent() && !domain.get().strip().matches("[A-Za-z0-9.-]+\\.[A-Za-z0-9-]+")) {
            return "timeline.sso.email-domain is '" + domain.get() + "': give a domain such as newsroom.example,"
                    + " without '@'.";
        }
        return null;
    }

    private static String missing(String key, String what) {
        return key + " (" + key.toUpperCase(Locale.ROOT).replaceAll("[.-]", "_") + ") is not set: single sign-on ("
                + ENABLED + "=true) needs " + what + ". See docs/operations.md, \"Single sign-on\".";
    }

    public boolean enabled() {
        return enabled;
    }

    /** The provider's name as the sign-in page shows it. */
    public String label() {
        return config.sso().label();
    }

    /**
     * Signs in, on this request's response, the account of a person the provider has signed in: found (or,
     * if the settings allow, made) by the username in the ID token.
     *
     * @param claim the ID token's claim of that name, as the token holds it, or null
     */
    Outcome signIn(Function<String, Object> claim, RoutingContext context) {
        var sso = config.sso();
        Optional<String> username = username(text(claim.apply(sso.usernameClaim())), sso.emailDomain());
        if (username.isEmpty()) {
            LOG.warnf("A sign-in through single sign-on was refused: the ID token's claim '%s' (timeline.sso.username-claim)"
                    + " holds no username%s", sso.usernameClaim(), sso.emailDomain().map(d -> " at " + d + " (timeline.sso.email-domain)").orElse(""));
            return new Outcome(null, Refusal.NO_USERNAME);
        }
        boolean admin = sso.adminGroup().filter(groups(claim.apply(sso.groupsClaim()))::contains).isPresent();
        String displayName = Optional.ofNullable(text(claim.apply("name"))).filter(name -> !name.isBlank() && name.length() <= 200)
                .orElse(username.get());
        Optional<AccountEntity> account = accounts.forSingleSignOn(username.get(), displayName, sso.createAccounts(), admin);
        if (account.isEmpty()) {
            LOG.infof("A sign-in through single sign-on as '%s' was refused: no enabled account has that name%s", username.get(),
                    sso.createAccounts() ? "" : ", and timeline.sso.create-accounts is off");
            return new Outcome(username.get(), Refusal.NO_ACCOUNT);
        }
        sessionCookie.signIn(account.get(), context);
        return new Outcome(username.get(), null);
    }

    /**
     * The username a claim's value names: the value itself, lower-cased; or, for an address, its part before
     * the {@code @} when the address is at the configured domain. Empty if it names none.
     */
    static Optional<String> username(String value, Optional<String> emailDomain) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String name = value.strip().toLowerCase(Locale.ROOT);
        int at = name.lastIndexOf('@');
        if (at >= 0) {
            String domain = emailDomain.map(d -> d.strip().toLowerCase(Locale.ROOT)).orElse(null);
            if (domain == null || !name.substring(at + 1).equals(domain)) {
                return Optional.empty();
            }
            name = name.substring(0, at);
        }
        return name.matches(Accounts.USERNAME) ? Optional.of(name) : Optional.empty();
    }

    /** The groups a claim lists: a JSON array, a collection, or one string of names separated by spaces or commas. */
    static List<String> groups(Object claim) {
        List<String> groups = new ArrayList<>();
        if (claim instanceof JsonArray array) {
            array.forEach(value -> groups.add(text(value)));
        } else if (claim instanceof Collection<?> values) {
            values.forEach(value -> groups.add(text(value)));
        } else if (text(claim) != null) {
            groups.addAll(List.of(text(claim).split("[\\s,]+")));
        }
        groups.removeIf(group -> group == null || group.isBlank());
        return groups;
    }

    private static String text(Object value) {
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        return value instanceof JsonString string ? string.getString() : value.toString();
    }
}
