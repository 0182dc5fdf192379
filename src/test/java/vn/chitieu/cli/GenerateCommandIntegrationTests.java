package vn.chitieu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.chitieu.TestDatabase;

/** The command as it is run: its own small application on a database it migrates first, then the data set, then nothing more. */
class GenerateCommandIntegrationTests {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final GenerateCommand generate = new GenerateCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));

    @Test
    void migratesAnEmptyDatabaseGeneratesTwoCommunesAndTheSecondTimeNothing() throws SQLException {
        Map<String, Object> database = TestDatabase.freshDatabase();
        String[] args = {"--province", "08", "--communes", "2", "--password", "bench-password-1", "--as-of", "2026-11-23",
            "--spring.datasource.url=" + database.get("spring.datasource.url"),
            "--spring.datasource.username=" + database.get("spring.datasource.username"),
            "--spring.datasource.password=" + database.get("spring.datasource.password")};

        int first = generate.run(args);
        String firstOutput = out.toString(StandardCharsets.UTF_8);
        out.reset();
        int second = generate.run(args);

        assertThat(first).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(firstOutput).contains("generate: province 08, the first 2 communes, 2 resolutions × 25 targets each, values up to 2026-11-23",
                "generated 2 communes (0 generated before were left as they are)", "sign in as tinh.<province code>");
        assertThat(second).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("nothing to do, the 2 communes were all generated before");
        try (Connection connection = DriverManager.getConnection((String) database.get("spring.datasource.url"),
                (String) database.get("spring.datasource.username"), (String) database.get("spring.datasource.password"));
                Statement statement = connection.createStatement();
                ResultSet counts = statement.executeQuery("SELECT (SELECT count(*) FROM resolution), (SELECT count(*) FROM target), "
                        + "(SELECT count(*) FROM account WHERE password_hash LIKE '{bcrypt}%'), (SELECT count(*) FROM account "
                        + "WHERE password_hash LIKE '%bench-password-1%')")) {
            counts.next();
            assertThat(counts.getLong(1)).isEqualTo(4);
            assertThat(counts.getLong(2)).isEqualTo(100);
            assertThat(counts.getLong(3)).as("two people per commune and the province officer").isEqualTo(5);
            assertThat(counts.getLong(4)).isZero();
        }
    }
}
