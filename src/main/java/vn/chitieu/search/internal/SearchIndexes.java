package vn.chitieu.search.internal;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The search of the database the application runs on. */
public final class SearchIndexes {
    private SearchIndexes() {}

    public static SearchIndex of(DataSource dataSource, JdbcClient jdbc) {
        try (Connection connection = dataSource.getConnection()) {
            boolean postgres = connection.getMetaData().getDatabaseProductName().equalsIgnoreCase("PostgreSQL");
            return postgres ? new PostgresIndex(jdbc) : new H2Index(jdbc);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not ask the database what it is: " + e.getMessage(), e);
        }
    }
}
