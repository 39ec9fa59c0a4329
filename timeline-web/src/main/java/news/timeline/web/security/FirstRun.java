package news.timeline.web.security;

import io.quarkus.runtime.StartupEvent;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import news.timeline.web.config.TimelineConfig;
import news.timeline.web.persistence.AccountEntity;
import org.jboss.logging.Logger;

/**
 * The way into a fresh installation. While no account exists, the setup page (SetupResource) makes the
 * first administrator; it opens to a browser on the machine the site runs on, or to anyone with the
 * one-time code that start-up writes to the log with the page's address. Once an account exists, the page
 * is gone and the code with it.
 *
 * <p>"The machine itself" is the connection's own peer, a loopback address, never what a header claims. A
 * proxy on the same machine makes every visitor's connection a loopback one, so a request that a proxy
 * marks as forwarded ({@code Forwarded}, {@code X-Forwarded-For} and the like) needs the code, and so does
 * one addressed to any host but a loopback name, which keeps out pages that rebind their own name to
 * 127.0.0.1 in a local browser.
 */
@ApplicationScoped
public class FirstRun {

    /** The setup page. Under the editor's address, so that its form has the editor's CSRF cookie. */
    public static final String PATH = "/editor/setup";

    /** Headers a proxy adds to what it forwards; a request from the machine itself carries none. */
    static final List<String> PROXY_HEADERS = List.of("Forwarded", "X-Forwarded-For", "X-Forwarded-Host",
            "X-Forwarded-Proto", "X-Real-IP", "Via");
    /** 32 letters and digits that cannot be mistaken for one another (no l, 1, o, 0): 5 bits each. */
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";
    /** 20 characters, 100 random bits, written in groups of four. */
    private static final int CODE_LENGTH = 20;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Logger LOG = Logger.getLogger(FirstRun.class);

    /** Whether a request may use the setup page. */
    enum Access {
        /** From the machine itself, or with the right code. */
        OPEN,
        /** From elsewhere, without a code. */
        CODE_NEEDED,
        /** From elsewhere, with a code that is not (or no longer) the one in the log. */
        WRONG_CODE
    }

    @Inject
    Accounts accounts;
    @Inject
    TimelineConfig config;
    @Inject
    SessionCookie sessionCookie;

    /** The code without its dashes, or null when there is none to use. */
    private volatile String code;

    /** After the administrator from configuration, if any, has been made (Accounts), so only a site without one offers setup. */
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 600) StartupEvent event) {
        offer();
    }

    /**
     * If the site has no account, makes a new one-time code and writes the setup page's address with it to
     * the log; the code before it, if any, no longer opens the page.
     */
    public void offer() {
        if (!accounts.none()) {
            code = null;
            return;
        }
        StringBuilder made = new StringBuilder(CODE_LENGTH);
        for (int i = 0; i < CODE_LENGTH; i++) {
            made.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        code = made.toString();
        LOG.infof("No account exists yet. Create the first administrator at %s%s?code=%s (in a browser on this"
                + " machine the code is not needed; it works once, on this instance, until it restarts)",
                config.site().baseUrl(), PATH, grouped(code));
    }

    /** Whether the setup page is still to be used: the site has no account. */
    public boolean open() {
        return accounts.none();
    }

    Access access(HttpServerRequest request, String offered) {
        var peer = request.connection() == null ? null : request.connection().remoteAddress();
        var host = request.authority();
        if (fromThisMachine(peer == null ? null : peer.hostAddress(), host == null ? null : host.host(), request.headers())) {
            return Access.OPEN;
        }
        if (offered == null || offered.isBlank()) {
            return Access.CODE_NEEDED;
        }
        return matches(offered) ? Access.OPEN : Access.WRONG_CODE;
    }

    /**
     * Makes the first administrator, signed in on this request's response, unless an account exists by then
     * (Accounts#createFirstAdministrator); the code opens nothing any more.
     *
     * @return the administrator's username, or empty if an account already existed
     * @throws IllegalArgumentException naming the field, if the username is invalid or the password weak
     */
    Optional<String> createAdministrator(String username, String password, RoutingContext context) {
        Optional<AccountEntity> created = accounts.createFirstAdministrator(username, password);
        created.ifPresent(account -> {
            code = null;
            sessionCookie.signIn(account, context);
            LOG.infof("Created the first administrator '%s' on the setup page", account.username);
        });
        return created.map(account -> account.username);
    }

    /**
     * True for a request from a browser on this machine: the connection comes from a loopback address,
     * names a loopback host, and no proxy has marked it as forwarded.
     *
     * @param peer the connection's remote address (an IP literal), not any header's
     * @param host the host the request is addressed to, without its port
     */
    static boolean fromThisMachine(String peer, String host, MultiMap headers) {
        return isLoopback(peer) && isLoopbackName(host) && PROXY_HEADERS.stream().noneMatch(headers::contains);
    }

    private boolean matches(String offered) {
        String expected = code;
        String given = offered.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
        return expected != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                given.getBytes(StandardCharsets.UTF_8));
    }

    private static boolean isLoopbackName(String host) {
        if (host == null) {
            return false;
        }
        String name = host.strip().toLowerCase(Locale.ROOT);
        return name.equals("localhost") || isLoopback(name.startsWith("[") && name.endsWith("]")
                ? name.substring(1, name.length() - 1) : name);
    }

    /** True for an IP literal of a loopback address; names are never looked up. */
    private static boolean isLoopback(String address) {
        if (address == null || !address.matches("[0-9a-fA-F:.]+") || address.indexOf(':') < 0 && !address.matches("[0-9.]+")) {
            return false;
        }
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static String grouped(String code) {
        return String.join("-", code.split("(?<=\\G.{4})"));
    }
}
