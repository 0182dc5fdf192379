package vn.chitieu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import vn.chitieu.search.SearchText;

class SearchLoadTests {
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final LoadCommand load = new LoadCommand(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));

    @Test
    void saysWhenNothingAnswersAtTheSearchsAddress() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }

        int exit = load.run(new String[] {"--search", "--url", "http://127.0.0.1:" + port, "--user", "tinh.08", "--password", "x"});

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8).trim())
                .isEqualTo("load: nothing answers at http://127.0.0.1:" + port + "; start the server first (see docs/benchmarks.md)");
    }

    @Test
    void typesQueriesAsPeopleDoWithoutDiacriticsEachOnce() {
        assertThat(SearchLoad.QUERIES).doesNotHaveDuplicates()
                .allSatisfy(query -> assertThat(SearchText.fold(query)).isEqualTo(query));
    }
}
