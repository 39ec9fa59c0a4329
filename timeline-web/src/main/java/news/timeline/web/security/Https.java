package news.timeline.web.security;

import java.util.Locale;
import news.timeline.web.config.TimelineConfig;

/** Whether the site's public address is https, which decides Secure cookies and HSTS. */
final class Https {

    private Https() {
    }

    static boolean isHttps(TimelineConfig config) {
        return config.site().baseUrl().strip().toLowerCase(Locale.ROOT).startsWith("https://");
    }
}
