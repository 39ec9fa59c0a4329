package news.timeline.web.cache;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a public read of one timeline, with the timeline's slug as the path parameter {@code slug}: what it
 * answers depends on nothing but the address, the reader's language and the timeline's content, so it
 * carries validators, answers 304, and is kept rendered (see {@link Revalidation}).
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Revalidated {
}
