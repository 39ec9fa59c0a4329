package news.timeline.web.persistence;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * On PostgreSQL, hears of every timeline written by any instance (V29: the database announces each write of
 * a timeline's row on {@value #CHANNEL}, at its commit) on a connection of its own, outside the pool, and
 * tells {@link ContentMarks}' memory. While that connection is down or being made again, the memory keeps
 * nothing and every request reads its marker from the database, so that no page is served from a marker
 * another instance has moved on; once it listens again, every kept marker is read anew.
 *
 * <p>On H2 there is one instance, which hears its own changes: nothing to listen to.
 */
@ApplicationScoped
public class MarkListener {

    /** The channel V29's trigger notifies, with the timeline's id. */
    public static final String CHANNEL = "timeline_marks";
    /** How the listening connection names itself to the database (pg_stat_activity). */
    public static final String APPLICATION_NAME = "timeline marks listener";

    private static final Logger LOG = Logger.getLogger(MarkListener.class);
    /** How long one wait for notices lasts before the connection is checked. */
    private static final int WAIT_MILLIS = 2_000;
    private static final Duration FIRST_RETRY = Duration.ofMillis(200);
    private static final Duration LAST_RETRY = Duration.ofSeconds(10);

    private final ContentMarks marks;
    private volatile boolean stopped;
    private volatile Thread thread;
    private volatile Connection connection;

    public MarkListener(ContentMarks marks) {
        this.marks = marks;
    }

    /** True if the site runs on PostgreSQL, where several instances may share the database. */
    static boolean needed() {
        return url(ConfigProvider.getConfig()).startsWith("jdbc:postgresql:");
    }

    private static String url(Config config) {
        return config.getOptionalValue("quarkus.datasource.jdbc.url", String.class).orElse("");
    }

    void start(@Observes StartupEvent event) {
        if (needed()) {
            Thread listening = new Thread(this::listen, "timeline-marks-listener");
            listening.setDaemon(true);
            thread = listening;
            listening.start();
        }
    }

    void stop(@Observes ShutdownEvent event) {
        stopped = true;
        Thread listening = thread;
        if (listening != null) {
            listening.interrupt();
            close(connection);
        }
    }

    /** Listens until the application stops, connecting again after each loss, ever less often up to every 10 s. */
    private void listen() {
        MarkMemory memory = marks.memory();
        Duration retry = FIRST_RETRY;
        boolean failing = false;
        while (!stopped) {
            try (Connection listening = connect()) {
                connection = listening;
                try (Statement statement = listening.createStatement()) {
                    statement.execute("listen " + CHANNEL);
                }
                memory.hearing();
                if (failing) {
                    LOG.info("Listening again for other instances' changes of timelines; kept markers are read anew");
                }
                failing = false;
                retry = FIRST_RETRY;
                PGConnection notices = listening.unwrap(PGConnection.class);
                while (!stopped) {
                    PGNotification[] heard = notices.getNotifications(WAIT_MILLIS);
                    if (heard == null || heard.length == 0) {
                        // Nothing heard: the connection may be gone without a word (a network that drops packets).
                        if (!listening.isValid(WAIT_MILLIS / 1000)) {
                            throw new SQLException("the listening connection does not answer");
                        }
                        continue;
                    }
                    for (PGNotification notice : heard) {
                        tell(memory, notice.getParameter());
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (stopped) {
                    return;
                }
                if (!failing) {
                    LOG.warnf("Not listening for other instances' changes of timelines (%s); every reader's request reads its"
                            + " timeline's marker from the database until the connection is made again", e.getMessage());
                }
                failing = true;
            } finally {
                // First thing, before any wait: while nothing is heard, nothing kept may be used.
                memory.deaf();
                connection = null;
            }
            try {
                Thread.sleep(retry.toMillis());
            } catch (InterruptedException e) {
                return;
            }
            retry = retry.multipliedBy(2).compareTo(LAST_RETRY) > 0 ? LAST_RETRY : retry.multipliedBy(2);
        }
    }

    private static void tell(MarkMemory memory, String id) {
        try {
            memory.changed(Long.parseLong(id.strip()));
        } catch (NumberFormatException e) {
            // Not ours to read: forget everything rather than miss a change.
            memory.changedAll();
        }
    }

    /** A connection of its own, with the pool's address and account. */
    private static Connection connect() throws SQLException {
        Config config = ConfigProvider.getConfig();
        Properties properties = new Properties();
        config.getOptionalValue("quarkus.datasource.username", String.class).ifPresent(user -> properties.setProperty("user", user));
        config.getOptionalValue("quarkus.datasource.password", String.class)
                .ifPresent(password -> properties.setProperty("password", password));
        properties.setProperty("ApplicationName", APPLICATION_NAME);
        properties.setProperty("tcpKeepAlive", "true");
        properties.setProperty("connectTimeout", "10");
        Connection made = new org.postgresql.Driver().connect(url(config), properties);
        if (made == null) {
            throw new SQLException("not a PostgreSQL address: " + url(config));
        }
        made.setAutoCommit(true);
        return made;
    }

    private static void close(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                // Stopping: nothing more to do with it.
            }
        }
    }
}
