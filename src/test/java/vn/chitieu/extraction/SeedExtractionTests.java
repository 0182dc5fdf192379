package vn.chitieu.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Whole-document tests: the five seed resolutions in {@code ../shared/seeds} against the gold in
 * {@code ../shared/gold}, and the project's own test resolutions against their expected JSON,
 * scored as {@code score-extraction} scores them.
 */
class SeedExtractionTests {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Extractor extractor = new Extractor();

    static Path shared() {
        return Path.of(System.getProperty("chitieu.shared", "../shared"));
    }

    @Test
    void readsTheSeedsAsWellAsTheGold() throws IOException {
        ExtractionScore score = score(shared().resolve("seeds"), shared().resolve("gold"));
        assertThat(score.indicatorF1()).as(score.summary()).isEqualTo(1.0);
        assertThat(score.exactTargetF1()).as(score.summary()).isGreaterThanOrEqualTo(0.97);
        assertThat(score.documentFields()).as(score.summary()).isGreaterThanOrEqualTo(0.95);
        assertThat(score.taskF1()).as(score.summary()).isGreaterThanOrEqualTo(0.90);
    }

    @Test
    void inventsNoIndicatorForSeed002AndWarnsThatItsTableIsMissing() throws IOException {
        Path seed = shared().resolve("seeds/002_c7c1d4f3b64c476b.txt");
        Extraction e = extractor.extract(Files.readString(seed));
        assertThat(e.indicators()).isEmpty();
        assertThat(e.document().indicatorsInAnnex()).isTrue();
        assertThat(e.warnings()).anyMatch(w -> w.contains("attached table") && w.contains("Có Biểu chi tiết kèm theo"));
    }

    /**
     * The project's own resolutions (src/test/resources/documents) cover formats the seeds do not.
     * The floors are the figures reached so far and only move up; see docs/benchmarks.md.
     */
    @Test
    void readsTheProjectsOwnResolutionsAtLeastAsWellAsBefore() throws IOException {
        Path documents = Path.of("src/test/resources/documents");
        ExtractionScore score = score(documents, documents);
        assertThat(score.indicatorF1()).as(score.summary()).isGreaterThanOrEqualTo(0.98);
        assertThat(score.exactTargetF1()).as(score.summary()).isGreaterThanOrEqualTo(0.97);
        assertThat(score.documentFields()).as(score.summary()).isGreaterThanOrEqualTo(0.98);
        assertThat(score.taskF1()).as(score.summary()).isGreaterThanOrEqualTo(0.95);
    }

    /** Eight resolutions first used as a held-out set (see the README in that folder). */
    @Test
    void readsTheFormerlyHeldOutResolutions() throws IOException {
        Path documents = Path.of("src/test/resources/documents-heldout");
        ExtractionScore score = score(documents, documents);
        assertThat(score.indicatorF1()).as(score.summary()).isGreaterThanOrEqualTo(0.98);
        assertThat(score.exactTargetF1()).as(score.summary()).isGreaterThanOrEqualTo(0.96);
        assertThat(score.documentFields()).as(score.summary()).isGreaterThanOrEqualTo(0.98);
        assertThat(score.taskF1()).as(score.summary()).isGreaterThanOrEqualTo(0.95);
    }

    ExtractionScore score(Path texts, Path expected) throws IOException {
        ExtractionScore score = new ExtractionScore();
        List<Path> golds;
        try (Stream<Path> files = Files.list(expected)) {
            golds = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(golds).isNotEmpty();
        for (Path gold : golds) {
            String base = gold.getFileName().toString().replace(".json", "");
            String text = Files.readString(texts.resolve(base + ".txt"));
            JsonNode pred = ExtractionJson.tree(extractor.extract(text), false, text);
            score.add(base, JSON.readTree(gold.toFile()), pred);
        }
        return score;
    }
}
