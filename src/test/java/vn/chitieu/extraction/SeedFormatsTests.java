package vn.chitieu.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.chitieu.document.DocumentException;
import vn.chitieu.document.DocumentSource;
import vn.chitieu.document.DocumentText;
import vn.chitieu.document.Documents;
import vn.chitieu.document.TestDocuments;

/** The seeds turned into DOCX and PDF (with POI and PDFBox, inside the test) read to the same JSON as their text. */
class SeedFormatsTests {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Extractor extractor = new Extractor();

    @ParameterizedTest
    @ValueSource(strings = {"000_a52e04d6636138d8", "001_01930460f18dce62", "002_c7c1d4f3b64c476b",
        "003_e94f0ddc983817cf", "004_f42de0dbd07577f5"})
    void givesTheSameJsonFromDocxAsFromText(String seed) throws Exception {
        String text = Files.readString(SeedExtractionTests.shared().resolve("seeds/" + seed + ".txt"));
        assertThat(json(read(seed + ".docx", TestDocuments.docx(text)))).isEqualTo(json(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"000_a52e04d6636138d8", "001_01930460f18dce62", "002_c7c1d4f3b64c476b",
        "003_e94f0ddc983817cf", "004_f42de0dbd07577f5"})
    void givesTheSameJsonFromPdfAsFromText(String seed) throws Exception {
        String text = Files.readString(SeedExtractionTests.shared().resolve("seeds/" + seed + ".txt"));
        assertThat(json(read(seed + ".pdf", TestDocuments.pdf(text)))).isEqualTo(json(text));
    }

    private static DocumentText read(String name, byte[] bytes) throws DocumentException {
        return Documents.read(new DocumentSource(name, bytes));
    }

    private JsonNode json(String text) throws IOException {
        return JSON.readTree(ExtractionJson.write(extractor.extract(text), false, text));
    }

    private JsonNode json(DocumentText document) throws IOException {
        return JSON.readTree(ExtractionJson.write(extractor.extract(document), false, document.text()));
    }
}
