package news.timeline.web.archive;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Locale;
import java.util.Objects;

/**
 * A table's columns as this database declares them, and how each kind of value goes to and from JSON:
 * whole numbers, decimals, booleans and text as themselves, dates as {@code 2025-02-12}, timestamps as
 * ISO-8601 in UTC. Names are lower case whatever case the database keeps them in. A generated column is no column
 * here: the database computes it, on a restore too.
 */
final class Columns {

    /** The kinds of value the archive knows. */
    enum Kind {
        INTEGER, DECIMAL, BOOLEAN, TEXT, DATE, TIMESTAMP
    }

    /** One column: its kind, whether it may be null or has a default, and its length limit for text. */
    record Column(String name, Kind kind, int sqlType, boolean nullable, boolean hasDefault, int size) {

        /** Writes this column's value in the current row of {@code rows}. */
        void write(ResultSet rows, JsonGenerator json, Long mappedId) throws SQLException, IOException {
            json.writeFieldName(name);
            if (mappedId != null) {
                json.writeNumber(mappedId);
                return;
            }
            Object value = switch (kind) {
                case INTEGER -> rows.getLong(name);
                case DECIMAL -> rows.getDouble(name);
                case BOOLEAN -> rows.getBoolean(name);
                case DATE -> Objects.toString(rows.getObject(name, LocalDate.class), null);
                case TIMESTAMP -> {
                    OffsetDateTime at = rows.getObject(name, OffsetDateTime.class);
                    yield at == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at.withOffsetSameInstant(ZoneOffset.UTC));
                }
                case TEXT -> rows.getString(name);
            };
            // Numbers and booleans read as 0 and false where the column holds null.
            json.writeObject(rows.wasNull() ? null : value);
        }

        /**
         * The value of {@code node} for this column, or a {@link BadValue} saying what is wrong with it.
         */
        Object read(JsonNode node) throws BadValue {
            if (node == null || node.isNull()) {
                if (!nullable) {
                    throw new BadValue("must not be empty");
                }
                return null;
            }
            switch (kind) {
                case INTEGER -> {
                    if (!node.isIntegralNumber() || !node.canConvertToLong()) {
                        throw new BadValue("must be a whole number, not " + node);
                    }
                    return node.longValue();
                }
                case DECIMAL -> {
                    if (!node.isNumber()) {
                        throw new BadValue("must be a number, not " + node);
                    }
                    return node.doubleValue();
                }
                case BOOLEAN -> {
                    if (!node.isBoolean()) {
                        throw new BadValue("must be true or false, not " + node);
                    }
                    return node.booleanValue();
                }
                default -> {
                }
            }
            if (!node.isTextual()) {
                throw new BadValue("must be text, not " + node);
            }
            String text = node.textValue();
            try {
                return switch (kind) {
                    case DATE -> LocalDate.parse(text);
                    case TIMESTAMP -> OffsetDateTime.parse(text);
                    default -> {
                        if (size > 0 && text.codePointCount(0, text.length()) > size) {
                            throw new BadValue("is longer than " + size + " characters");
                        }
                        yield text;
                    }
                };
            } catch (DateTimeParseException e) {
                throw new BadValue("'" + text + "' is not a " + (kind == Kind.DATE ? "date (2025-02-12)"
                        : "timestamp (2025-02-12T13:00:00Z)"));
            }
        }

        void bind(PreparedStatement insert, int index, Object value) throws SQLException {
            if (value == null) {
                insert.setNull(index, sqlType);
            } else if (value instanceof Long number) {
                insert.setLong(index, number);
            } else if (value instanceof Double number) {
                insert.setDouble(index, number);
            } else if (value instanceof Boolean flag) {
                insert.setBoolean(index, flag);
            } else if (value instanceof String text) {
                insert.setString(index, text);
            } else {
                insert.setObject(index, value);
            }
        }
    }

    /** What is wrong with one value. */
    static final class BadValue extends Exception {
        BadValue(String message) {
            super(message, null, false, false);
        }
    }

    private Columns() {
    }

    /** The columns of {@code table} by name, in their declared order. */
    static Map<String, Column> of(Connection connection, String table) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        String name = meta.storesUpperCaseIdentifiers() ? table.toUpperCase(Locale.ROOT) : table.toLowerCase(Locale.ROOT);
        Map<String, Column> columns = new LinkedHashMap<>();
        try (ResultSet rows = meta.getColumns(connection.getCatalog(), connection.getSchema(), name, null)) {
            while (rows.next()) {
                if ("YES".equals(rows.getString("IS_GENERATEDCOLUMN"))) {
                    // The database computes it from the others (milestone.order_key) and refuses a value for it.
                    continue;
                }
                String column = rows.getString("COLUMN_NAME").toLowerCase(Locale.ROOT);
                int type = rows.getInt("DATA_TYPE");
                String typeName = rows.getString("TYPE_NAME").toLowerCase(Locale.ROOT);
                columns.put(column, new Column(column, kind(table, column, type, typeName), type,
                        rows.getInt("NULLABLE") != DatabaseMetaData.columnNoNulls, rows.getString("COLUMN_DEF") != null,
                        rows.getInt("COLUMN_SIZE")));
            }
        }
        if (columns.isEmpty()) {
            throw new IllegalStateException("The database has no table '" + table + "'");
        }
        return columns;
    }

    private static Kind kind(String table, String column, int type, String typeName) {
        if (typeName.contains("timestamp")) {
            return Kind.TIMESTAMP;
        }
        return switch (type) {
            case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT -> Kind.INTEGER;
            case Types.DOUBLE, Types.FLOAT, Types.REAL, Types.NUMERIC, Types.DECIMAL -> Kind.DECIMAL;
            case Types.BOOLEAN, Types.BIT -> Kind.BOOLEAN;
            case Types.DATE -> Kind.DATE;
            case Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.CLOB, Types.NCHAR, Types.NVARCHAR,
                 Types.LONGNVARCHAR, Types.NCLOB -> Kind.TEXT;
            default -> throw new IllegalStateException("The archive does not know the type " + typeName + " of "
                    + table + "." + column + ": add it to " + Columns.class.getName());
        };
    }
}
