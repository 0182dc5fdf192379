package vn.chitieu.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Damages valid files at random (a fixed seed, so every run is the same) and checks that the result
 * is either read or refused with a DocumentException: never any other exception.
 */
class MutatedInputTests {

    private static final String TEXT = "Điều 1. Thông qua Kế hoạch phát triển kinh tế - xã hội năm 2026.\n"
            + "| STT | Chỉ tiêu | Kế hoạch |\n| 1 | Thu ngân sách | 85 |\n";
    private static final int MUTANTS = 40;

    @ParameterizedTest
    @ValueSource(strings = {"docx", "pdf", "xlsx", "doc"})
    void readsOrRefusesDamagedFilesWithoutAnyOtherException(String extension) throws Exception {
        byte[] original = original(extension);
        Random random = new Random(extension.hashCode());

        for (int i = 0; i < MUTANTS; i++) {
            DocumentSource mutant = new DocumentSource("Nghị quyết." + extension, mutate(original, random));

            assertThatCode(() -> readOrRefuse(mutant)).as("mutant %d of the %s file", i, extension)
                    .doesNotThrowAnyException();
        }
    }

    private static void readOrRefuse(DocumentSource source) {
        try {
            assertThat(Documents.read(source).text()).isNotNull();
        } catch (DocumentException refusal) {
            Refused.assertOnePlainLine(refusal.getMessage(), source.fileName());
        }
    }

    private static byte[] original(String extension) throws Exception {
        switch (extension) {
            case "docx": return TestDocuments.docx(TEXT);
            case "pdf": return TestDocuments.pdf(TEXT);
            case "xlsx": return TestWorkbooks.oneCell(TEXT);
            default: return DocReaderTests.fixture();
        }
    }

    /** Overwrites a few bytes, or a whole run of them, and sometimes cuts the file short. */
    private static byte[] mutate(byte[] original, Random random) {
        byte[] bytes = original.clone();
        int changes = 1 + random.nextInt(8);
        for (int i = 0; i < changes; i++) {
            int at = random.nextInt(bytes.length);
            int length = random.nextBoolean() ? 1 : Math.min(bytes.length - at, random.nextInt(64));
            for (int j = at; j < at + length; j++) {
                bytes[j] = (byte) random.nextInt(256);
            }
        }
        return random.nextInt(4) == 0 ? Arrays.copyOf(bytes, 1 + random.nextInt(bytes.length)) : bytes;
    }
}
