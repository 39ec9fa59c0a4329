package news.timeline.web.persistence;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * How far a readable timeline has changed, read in one indexed row by its slug: what a reader's ETag and the
 * site's cache of rendered pages are checked against on every request. Plain JDBC, outside any transaction
 * and Hibernate session, because it runs before the page and, when the page is known, instead of it.
 */
@ApplicationScoped
public class ContentMarks {

    /**
     * A readable timeline's marker: its id, the version of its own settings, the count of every change its
     * readers see ({@link TimelineEntity#touch(long)}), and the second of the last one since the epoch.
     */
    public record Mark(long id, long version, long contentVersion, long changedSecond) {
    }

    private final AgroalDataSource dataSource;

    public ContentMarks(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The marker of the published or archived timeline with this slug; empty for a draft or none. */
    public Optional<Mark> of(String slug) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("select id, version, content_version, content_changed"
                     + " from timeline where slug = ? and state <> 'DRAFT'")) {
            query.setString(1, slug);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.of(new Mark(row.getLong(1), row.getLong(2), row.getLong(3), row.getLong(4)))
                        : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the timeline's content marker: " + e.getMessage(), e);
        }
    }
}
