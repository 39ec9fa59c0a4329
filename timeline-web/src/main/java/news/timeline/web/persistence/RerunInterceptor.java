package news.timeline.web.persistence;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionManager;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.logging.Logger;

/**
 * Runs a {@link RerunOnCollision} call again when its transaction collided with another one. Its priority
 * puts it outside {@code @Transactional}'s interceptor, so each run is a whole new transaction, commit
 * included, and a collision found only at commit is seen here too.
 */
@RerunOnCollision
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class RerunInterceptor {

    /** Runs in all; a collision on the last one is the caller's to answer. */
    static final int RUNS = 5;

    private static final Logger LOG = Logger.getLogger(RerunInterceptor.class);

    @Inject
    TransactionManager transactions;

    @AroundInvoke
    Object rerun(InvocationContext call) throws Exception {
        if (transactions.getStatus() != Status.STATUS_NO_TRANSACTION) {
            return call.proceed();
        }
        for (int run = 1; ; run++) {
            try {
                return call.proceed();
            } catch (Exception e) {
                if (run == RUNS || !Collisions.isCollision(e)) {
                    throw e;
                }
                LOG.debugf("%s collided with another transaction (%s); running it again", call.getMethod().getName(),
                        Collisions.describe(e));
                // A few milliseconds, more each time, apart from whoever else lost the same race.
                Thread.sleep(ThreadLocalRandom.current().nextLong(1, 10L * run));
            }
        }
    }
}
