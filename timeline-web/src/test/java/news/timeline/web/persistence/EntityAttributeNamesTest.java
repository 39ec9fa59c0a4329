package news.timeline.web.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.Entity;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.h2.util.ParserUtil;
import org.junit.jupiter.api.Test;

/**
 * Hibernate names the columns of its temporary tables for bulk statements after the entities' attributes, not
 * their columns, and creates them on H2 at every start: an attribute named with one of H2's reserved words
 * ("key") makes that table fail, with an error in H2's trace file at every start.
 */
class EntityAttributeNamesTest {

    @Test
    void noEntityAttributeIsNamedWithAnH2ReservedWord() throws Exception {
        List<String> reserved = new ArrayList<>();
        for (Class<?> entity : entities()) {
            for (Class<?> type = entity; type != null && type != Object.class; type = type.getSuperclass()) {
                for (Field field : type.getDeclaredFields()) {
                    if (!Modifier.isStatic(field.getModifiers()) && ParserUtil.isKeyword(field.getName(), true)) {
                        reserved.add(entity.getSimpleName() + "." + field.getName());
                    }
                }
            }
        }
        assertThat(reserved).isEmpty();
    }

    @Test
    void theCheckKnowsH2sReservedWords() {
        assertThat(ParserUtil.isKeyword("key", true)).isTrue();
        assertThat(ParserUtil.isKeyword("throttleKey", true)).isFalse();
    }

    /** The entity classes of this package, found beside this test's compiled class. */
    private static List<Class<?>> entities() throws IOException, URISyntaxException, ClassNotFoundException {
        Path folder = Path.of(SignInFailureEntity.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolve(SignInFailureEntity.class.getPackageName().replace('.', '/'));
        List<Class<?>> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith("Entity.class")).toList()) {
                String name = file.getFileName().toString().replace(".class", "");
                Class<?> type = Class.forName(SignInFailureEntity.class.getPackageName() + "." + name);
                if (type.isAnnotationPresent(Entity.class)) {
                    found.add(type);
                }
            }
        }
        assertThat(found).as("the entities of the persistence package").hasSizeGreaterThan(10);
        return found;
    }
}
