package vn.chitieu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoadCommandTests {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final LoadCommand load = new LoadCommand(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

    @Test
    void saysWhatIsMissingWithAnExample() {
        assertThat(load.run(new String[] {"--url", "http://localhost:1"})).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("load: --user is needed; e.g. load --url http://localhost:8080");
    }

    @Test
    void readsTheDashboardBenchmarksOptionsWithTheirDefaults() {
        DashboardLoad.Options options = DashboardLoad.Options.parse(new String[] {"--dashboard", "--url", "http://localhost:8080/", "--user",
            "tinh.08", "--password", "bench-password-1"});
        DashboardLoad.Options every = DashboardLoad.Options.parse(new String[] {"--url", "http://h", "--user", "u", "--password", "p",
            "--dashboard", "--users", "5", "--warmup", "0", "--seconds", "10", "--sample", "40", "--province", "04"});
        DashboardLoad.Options anyone = DashboardLoad.Options.parse(new String[] {"--dashboard", "--url", "http://h", "--user", "admin",
            "--password", "p"});

        assertThat(options).as("a generated province officer's province from the name")
                .isEqualTo(new DashboardLoad.Options("http://localhost:8080", "tinh.08", "bench-password-1", 20, 60, 30, 200, "08"));
        assertThat(every).isEqualTo(new DashboardLoad.Options("http://h", "u", "p", 5, 0, 10, 40, "04"));
        assertThat(anyone.province()).isNull();
    }

    @Test
    void saysWhatTheDashboardBenchmarkLacksOrDoesNotTake() {
        assertThat(load.run(new String[] {"--dashboard", "--url", "http://localhost:1", "--password", "x"})).isEqualTo(2);
        assertThat(load.run(new String[] {"--dashboard", "--url", "http://h", "--user", "u", "--password", "p", "--file", "nq.pdf"})).isEqualTo(2);
        assertThat(load.run(new String[] {"--dashboard", "--url", "http://h", "--user", "u", "--password", "p", "--users", "0"})).isEqualTo(2);

        assertThat(err.toString(StandardCharsets.UTF_8).lines()).containsExactly(
                "load: --user is needed; e.g. load --dashboard --url http://localhost:8080 --user tinh.08 --password SECRET --users 20 --seconds 30",
                "load: --dashboard takes --url, --user, --password, --users, --warmup, --seconds, --sample and --province, each with a value, "
                        + "not '--file'",
                "load: --users must be at least 1");
    }

    @Test
    void saysWhenNothingAnswersAtTheDashboardsAddress() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }

        int exit = load.run(new String[] {"--dashboard", "--url", "http://127.0.0.1:" + port, "--user", "tinh.08", "--password", "x"});

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8).trim())
                .isEqualTo("load: nothing answers at http://127.0.0.1:" + port + "; start the server first (see docs/benchmarks.md)");
    }

    @Test
    void saysWhenNothingAnswersAtTheAddress(@TempDir Path folder) throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Path file = Files.writeString(folder.resolve("nq.txt"), "Nghị quyết");

        int exit = load.run(new String[] {"--url", "http://127.0.0.1:" + port, "--user", "admin", "--password", "x", "--unit", "01786",
                "--file", file.toString()});

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8).trim())
                .isEqualTo("load: nothing answers at http://127.0.0.1:" + port + "; start the server first (see docs/benchmarks.md)");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }
}
