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
