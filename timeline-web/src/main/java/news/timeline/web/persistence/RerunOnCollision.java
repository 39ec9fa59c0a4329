package news.timeline.web.persistence;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A transaction that loses a race to another one (see {@link Collisions}) runs again from the start, so it
 * reads what the winner committed: the actor another editor created a moment before is found, a version
 * moved on is a stale edit, a slug taken is a field error. Only a call that starts its own transaction runs
 * again; one inside a caller's transaction fails with it, and the caller's call runs again.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface RerunOnCollision {
}
