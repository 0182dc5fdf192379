package vn.chitieu.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The assessment and the extraction stay plain Java: no framework, no database, no web. */
class FrameworkFreeTests {
    private static final List<String> FORBIDDEN = List.of("import org.springframework", "import jakarta.", "import org.thymeleaf",
            "import vn.chitieu.plan", "import vn.chitieu.web", "import vn.chitieu.security");

    @Test
    void importsNothingButJavaAndTheExtractionsEnums() throws IOException {
        for (String module : List.of("assessment", "extraction")) {
            try (Stream<Path> files = Files.walk(Path.of("src/main/java/vn/chitieu", module))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    String source = Files.readString(file);
                    assertThat(FORBIDDEN).as(file.toString()).noneMatch(source::contains);
                }
            }
        }
    }
}
