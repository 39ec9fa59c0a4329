package news.timeline.web.persistence;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.Interceptor;
import org.hibernate.collection.spi.PersistentCollection;

/**
 * Tells {@link MilestoneCounting} that a flush is about to write a milestone's actors, which the entity's own
 * callbacks miss when nothing else of the milestone changed.
 */
@PersistenceUnitExtension
@ApplicationScoped
public class ActorLinks implements Interceptor {

    @Override
    public void onCollectionUpdate(Object collection, Object key) {
        changed(collection);
    }

    @Override
    public void onCollectionRecreate(Object collection, Object key) {
        changed(collection);
    }

    @Override
    public void onCollectionRemove(Object collection, Object key) {
        changed(collection);
    }

    private static void changed(Object collection) {
        if (collection instanceof PersistentCollection<?> list && list.getOwner() instanceof MilestoneEntity m
                && list.getRole() != null && list.getRole().endsWith(".actors")) {
            MilestoneCounting.touched(m);
        }
    }
}
