package news.timeline.web.security;

import io.quarkus.vertx.http.runtime.FormAuthConfig;
import io.quarkus.vertx.http.runtime.VertxHttpConfig;
import io.quarkus.vertx.http.runtime.security.PersistentLoginManager;
import io.smallrye.config.SmallRyeConfig;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import news.timeline.web.config.SessionKeySource;
import news.timeline.web.persistence.AccountEntity;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Signs an account in without the sign-in form, as the setup page does for the administrator it has just
 * made: a new session (EditorSessions) whose token is sealed into the session cookie with the framework's
 * own sealing and the form sign-in's settings, so the cookie is the one a sign-in at {@code /login} gives.
 */
@ApplicationScoped
class SessionCookie {

    @Inject
    EditorSessions sessions;
    @ConfigProperty(name = SessionKeySource.KEY)
    String key;

    private PersistentLoginManager sealer;
    private String name;

    @PostConstruct
    void configure() {
        FormAuthConfig form = ConfigProvider.getConfig().unwrap(SmallRyeConfig.class).getConfigMapping(VertxHttpConfig.class)
                .auth().form();
        name = form.cookieName();
        sealer = new PersistentLoginManager(key, name, form.timeout().toMillis(), form.newCookieInterval().toMillis(),
                form.httpOnlyCookie(), form.cookieSameSite().name(), form.cookiePath().orElse(null),
                form.cookieMaxAge().map(Duration::toSeconds).orElse(-1L), form.cookieDomain().orElse(null));
    }

    /** Opens a session for the account and sets its cookie on the response. */
    void signIn(AccountEntity account, RoutingContext context) {
        sealer.save(sessions.open(account), context, name, null, context.request().isSSL());
    }
}
