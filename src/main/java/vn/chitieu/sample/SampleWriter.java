package vn.chitieu.sample;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Inserts generated rows with plain JDBC batches, one transaction per group of communes, on a
 * connection of its own. A null is bound with its column's own SQL type (read once from the
 * database), so the driver never has to ask the server for a parameter's type.
 */
final class SampleWriter implements AutoCloseable {
    private static final int BATCH = 1_000;
    private final Connection connection;
    private final Map<String, Map<String, Integer>> types = new HashMap<>();

    SampleWriter(DataSource dataSource) throws SQLException {
        this.connection = dataSource.getConnection();
        connection.setAutoCommit(false);
    }

    void write(SampleRows rows) throws SQLException {
        try {
            for (String table : SampleRows.TABLES) {
                insert(table, rows.columns(table), rows.rows(table));
            }
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        }
    }

    private void insert(String table, List<String> columns, List<Object[]> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        Map<String, Integer> columnTypes = types(table);
        int[] sqlTypes = columns.stream().mapToInt(column -> columnTypes.getOrDefault(column, Types.VARCHAR)).toArray();
        String sql = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            int pending = 0;
            for (Object[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    bind(insert, i + 1, row[i], sqlTypes[i]);
                }
                insert.addBatch();
                if (++pending == BATCH) {
                    insert.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                insert.executeBatch();
            }
        }
    }

    /** Dates and instants go as {@code LocalDate} and {@code OffsetDateTime}, which both drivers send with their own types. */
    private static void bind(PreparedStatement statement, int index, Object value, int sqlType) throws SQLException {
        if (value == null) {
            statement.setNull(index, sqlType);
        } else if (value instanceof Timestamp timestamp) {
            statement.setObject(index, timestamp.toInstant().atOffset(ZoneOffset.UTC));
        } else if (value instanceof Date date) {
            statement.setObject(index, date.toLocalDate());
        } else {
            statement.setObject(index, value);
        }
    }

    private Map<String, Integer> types(String table) throws SQLException {
        Map<String, Integer> known = types.get(table);
        if (known != null) {
            return known;
        }
        Map<String, Integer> columns = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet none = statement.executeQuery("SELECT * FROM " + table + " WHERE 1 = 0")) {
            ResultSetMetaData meta = none.getMetaData();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                columns.put(meta.getColumnName(i).toLowerCase(java.util.Locale.ROOT), meta.getColumnType(i));
            }
        }
        types.put(table, columns);
        return columns;
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
