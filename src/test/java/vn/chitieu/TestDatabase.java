package vn.chitieu;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points an integration test's application at a fresh database: a private H2 in memory, or a new
 * database on the local PostgreSQL ({@code -Dchitieu.test.database=postgres}; host, user and
 * password from {@code chitieu.test.postgres.*}, by default localhost:5432 as postgres).
 */
public final class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static boolean postgres() {
        return "postgres".equals(System.getProperty("chitieu.test.database"));
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("testDatabase", freshDatabase()));
    }

    /** The {@code spring.datasource.*} properties of a new, empty database of the kind the test runs on. */
    public static Map<String, Object> freshDatabase() {
        String name = "chitieu_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        return postgres() ? postgres(name) : Map.of(
                "spring.datasource.url", "jdbc:h2:mem:" + name + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                "spring.datasource.username", "sa",
                "spring.datasource.password", "");
    }

    private static Map<String, Object> postgres(String name) {
        String server = System.getProperty("chitieu.test.postgres.url", "jdbc:postgresql://localhost:5432/");
        String user = System.getProperty("chitieu.test.postgres.user", "postgres");
        String password = System.getProperty("chitieu.test.postgres.password", "");
        try (Connection connection = DriverManager.getConnection(server + "postgres", user, password);
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("The PostgreSQL integration tests need a PostgreSQL server at " + server
                    + " that user " + user + " may create databases on (.ci/run installs and starts one): " + e.getMessage(), e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> drop(server, user, password, name)));
        return Map.of(
                "spring.datasource.url", server + name,
                "spring.datasource.username", user,
                "spring.datasource.password", password);
    }

    /** Leaves the developer's server as it was: the test database goes when the test JVM does. */
    private static void drop(String server, String user, String password, String name) {
        try (Connection connection = DriverManager.getConnection(server + "postgres", user, password);
                Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException e) {
            System.err.println("could not drop the test database " + name + ": " + e.getMessage());
        }
    }
}
