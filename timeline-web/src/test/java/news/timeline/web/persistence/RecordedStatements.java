package news.timeline.web.persistence;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * The SQL Hibernate sends, as it writes it, for the tests that ask the database how it runs a query
 * ({@code ReaderQueriesTest}); the last hundred statements, unchanged. Kept statically: the bean carries the
 * persistence unit's qualifier, not {@code @Default}.
 */
@PersistenceUnitExtension
@ApplicationScoped
public class RecordedStatements implements StatementInspector {

    private static final int KEPT = 100;
    private static final List<String> STATEMENTS = new CopyOnWriteArrayList<>();

    @Override
    public String inspect(String sql) {
        STATEMENTS.add(sql);
        while (STATEMENTS.size() > KEPT) {
            STATEMENTS.remove(0);
        }
        return sql;
    }

    public static void clear() {
        STATEMENTS.clear();
    }

    public static List<String> statements() {
        return List.copyOf(STATEMENTS);
    }
}
