package news.timeline.web.security;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;

/**
 * Warns at start-up when the site believes proxies' headers about the client ({@code X-Forwarded-For},
 * {@code Forwarded}) from anyone: then any client picks the address that the sign-in throttle counts and the
 * logs show, and can lock editors out by naming theirs. Behind a load balancer, name it in
 * {@code quarkus.http.proxy.trusted-proxies} (docs/operations.md); without one, leave forwarding off.
 */
@ApplicationScoped
class ProxyTrust {

    private static final Logger LOG = Logger.getLogger(ProxyTrust.class);

    void onStart(@Observes StartupEvent event, Config config) {
        String warning = warning(config.getOptionalValue("quarkus.http.proxy.proxy-address-forwarding", Boolean.class),
                config.getOptionalValue("quarkus.http.proxy.trusted-proxies", String.class));
        if (warning != null) {
            LOG.warn(warning);
        }
    }

    /** The warning for these settings, or null when there is nothing to warn of. */
    static String warning(Optional<Boolean> forwarding, Optional<String> trusted) {
        if (forwarding.orElse(false) && trusted.map(String::isBlank).orElse(true)) {
            return "quarkus.http.proxy.proxy-address-forwarding is on and quarkus.http.proxy.trusted-proxies names no"
                    + " proxy: every client may name its own address in X-Forwarded-For, and the sign-in throttle would"
                    + " count that. Set quarkus.http.proxy.trusted-proxies (QUARKUS_HTTP_PROXY_TRUSTED_PROXIES) to the"
                    + " load balancer's addresses.";
        }
        return null;
    }
}
