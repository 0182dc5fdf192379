package vn.chitieu;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class ApplicationIntegrationTests {
    @Autowired
    JdbcClient jdbc;

    @Test
    void migratesTheDatabaseItIsGiven() {
        String product = jdbc.sql("SELECT 1").query((row, n) -> {
            try {
                return row.getStatement().getConnection().getMetaData().getDatabaseProductName();
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        }).single();
        assertThat(product).isEqualTo(TestDatabase.postgres() ? "PostgreSQL" : "H2");
        assertThat(jdbc.sql("SELECT count(*) FROM flyway_schema_history WHERE success").query(Long.class).single()).isGreaterThanOrEqualTo(2);
    }
}
