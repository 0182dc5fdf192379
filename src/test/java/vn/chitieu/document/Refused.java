package vn.chitieu.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Reads a file that must be refused and checks that the refusal is one plain line for a person. */
final class Refused {

    private Refused() {}

    static String messageFor(DocumentSource source) {
        DocumentException refusal = catchThrowableOfType(() -> Documents.read(source), DocumentException.class);
        assertThat(refusal).as("a DocumentException for %s", source.fileName()).isNotNull();
        assertOnePlainLine(refusal.getMessage(), source.fileName());
        return refusal.getMessage();
    }

    static String messageFor(String fileName, byte[] bytes) {
        return messageFor(new DocumentSource(fileName, bytes));
    }

    static void assertOnePlainLine(String message, String fileName) {
        assertThat(message)
                .contains(fileName)
                .doesNotContain("\n", "\r", "Exception", "at org.", "at java.")
                .hasSizeLessThan(400);
    }
}
