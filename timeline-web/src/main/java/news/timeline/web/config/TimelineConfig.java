package news.timeline.web.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Every configuration key of our own, under the prefix {@code timeline}. Each is listed in the README's
 * configuration table.
 */
@ConfigMapping(prefix = "timeline")
public interface TimelineConfig {

    /** The demo timeline loaded into an empty database. */
    Demo demo();

    /** How the site names itself to the outside world. */
    Site site();

    interface Demo {
        /**
         * {@code timeline.demo.enabled}: load the demo timeline "US–Russia relations" when the database has
         * no timeline at start-up.
         */
        @WithDefault("true")
        boolean enabled();
    }

    interface Site {
        /**
         * {@code timeline.site.base-url}: the public address of the site, without a trailing slash; canonical
         * links, the sitemap and sharing tags are absolute URLs under it.
         */
        @WithDefault("http://localhost:8080")
        String baseUrl();

        /** {@code timeline.site.name}: the site's name in page titles and sharing cards. */
        @WithDefault("Newsroom timelines")
        String name();
    }
}
