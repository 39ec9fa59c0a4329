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

    interface Demo {
        /**
         * {@code timeline.demo.enabled}: load the demo timeline "US–Russia relations" when the database has
         * no timeline at start-up.
         */
        @WithDefault("true")
        boolean enabled();
    }
}
