package vn.chitieu.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Jazzer fuzz test: whatever text arrives, the extractor answers with an extraction and never
 * throws. Runs its seed inputs in every build; with {@code JAZZER_FUZZ=1} it fuzzes (see .ci/run).
 */
class ExtractorFuzzTests {
    private final Extractor extractor = new Extractor();

    @FuzzTest(maxDuration = "60s")
    void extractsAnyTextWithoutThrowing(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        Extraction extraction = extractor.extract(text);
        assertThat(extraction.document()).isNotNull();
        ExtractionJson.write(extraction, true, text);
    }
}
