package news.timeline.web.persistence;

import io.quarkus.arc.Arc;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import org.hibernate.envers.RevisionListener;

/** Records which signed-in editor made a revision. */
public class RevisionUser implements RevisionListener {

    @Override
    public void newRevision(Object revision) {
        ((Revision) revision).username = currentUser();
    }

    private static String currentUser() {
        var container = Arc.container();
        if (container == null || !container.requestContext().isActive()) {
            return null;
        }
        var association = container.select(CurrentIdentityAssociation.class);
        if (!association.isResolvable()) {
            return null;
        }
        SecurityIdentity identity = association.get().getIdentity();
        return identity == null || identity.isAnonymous() ? null : identity.getPrincipal().getName();
    }
}
