package news.timeline.web.security;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * A site started without the administrator from configuration, and without the demo (which the setup does
 * not need, and which takes a while to load): no account exists, as on a fresh installation.
 */
public class FreshInstall implements QuarkusTestProfile {

    private static final Pattern SETUP_ADDRESS = Pattern.compile("/editor/setup\\?code=([a-z0-9-]+)");

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("timeline.accounts.admin-username", "", "timeline.accounts.admin-password", "",
                "timeline.demo.enabled", "false");
    }

    /**
     * Takes the site back to no account at all, as a fresh installation starts (sessions and tokens go with
     * the accounts), has it offer setup as start-up does, and returns what it wrote to its log then.
     */
    public static String reset(DataSource dataSource, FirstRun firstRun) throws SQLException {
        wipe(dataSource);
        return logged(firstRun::offer);
    }

    /** Deletes every account, and what the setup page wrote, without offering a new code. */
    public static void wipe(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("delete from account");
            statement.executeUpdate("update first_run set administrator = null, created_at = null");
        }
    }

    /** The one-time code in a log message that names the setup page. */
    public static String code(String log) {
        Matcher address = SETUP_ADDRESS.matcher(log);
        if (!address.find()) {
            throw new AssertionError("No setup address in the log: " + log);
        }
        return address.group(1);
    }

    /** What FirstRun writes to its log while {@code action} runs. */
    static String logged(Runnable action) {
        List<String> messages = new ArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                messages.add(record instanceof org.jboss.logmanager.ExtLogRecord ext ? ext.getFormattedMessage() : record.getMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger(FirstRun.class.getName());
        logger.addHandler(handler);
        try {
            action.run();
        } finally {
            logger.removeHandler(handler);
        }
        return String.join("\n", messages);
    }
}
