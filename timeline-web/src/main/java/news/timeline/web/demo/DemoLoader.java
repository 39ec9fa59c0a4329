package news.timeline.web.demo;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import news.timeline.core.timeline.Timeline;
import news.timeline.web.config.TimelineConfig;
import news.timeline.web.persistence.TimelineStore;
import org.jboss.logging.Logger;

/** Fills an empty database with the demo timeline, so a fresh installation shows a real story. */
@ApplicationScoped
public class DemoLoader {

    private static final Logger LOG = Logger.getLogger(DemoLoader.class);

    @Inject
    TimelineStore store;
    @Inject
    TimelineConfig config;

    void onStart(@Observes StartupEvent event) {
        if (config.demo().enabled() && store.isEmpty()) {
            Timeline demo = DemoTimeline.load();
            // Another instance starting on the same empty database may store it first.
            if (store.addUnlessPresent(demo)) {
                LOG.infof("Loaded the demo timeline '%s' with %d milestones", demo.title(), demo.milestones().size());
            }
        }
    }
}
