package news.timeline.web.archive;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.StringWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How each kind of column's value, and a null of each kind, goes into an archive's line. */
class ColumnsTest {

    static final String FULL = "{\"num\":7,\"dec\":2.5,\"flag\":true,\"published\":\"2025-02-12\",\"edited\":\"2025-02-12T11:00:00Z\",\"words\":\"text\"}";
    static final String EMPTY = "{\"num\":null,\"dec\":null,\"flag\":null,\"published\":null,\"edited\":null,\"words\":null}";
    static final String ZEROES = "{\"num\":0,\"dec\":0.0,\"flag\":false,\"published\":null,\"edited\":null,\"words\":\"\"}";

    @Test
    void everyKindIsWrittenAsItselfAndNullAsNull() throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:columns-test");
             Statement statement = connection.createStatement()) {
            statement.execute("create table sample (num bigint, dec double precision, flag boolean, published date,"
                    + " edited timestamp with time zone, words varchar(20))");
            statement.execute("insert into sample values (7, 2.5, true, date '2025-02-12',"
                    + " timestamp with time zone '2025-02-12 13:00:00+02', 'text'),"
                    + " (null, null, null, null, null, null), (0, 0, false, null, null, '')");
            Collection<Columns.Column> columns = Columns.of(connection, "sample").values();
            List<String> lines = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("select * from sample")) {
                while (rows.next()) {
                    StringWriter line = new StringWriter();
                    try (JsonGenerator json = new JsonFactory().createGenerator(line)) {
                        json.writeStartObject();
                        for (Columns.Column column : columns) {
                            column.write(rows, json, null);
                        }
                        json.writeEndObject();
                    }
                    lines.add(line.toString());
                }
            }
            assertThat(lines).containsExactly(FULL, EMPTY, ZEROES);
        }
    }

    /** A generated column (the milestone's order key) is the database's to compute: neither written nor restored. */
    @Test
    void aGeneratedColumnIsLeftOut() throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:columns-generated-test");
             Statement statement = connection.createStatement()) {
            statement.execute("create table derived (num bigint, twice bigint generated always as (num * 2))");
            assertThat(Columns.of(connection, "derived")).containsOnlyKeys("num");
        }
    }
}
