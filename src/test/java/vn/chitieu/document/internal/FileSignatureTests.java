package vn.chitieu.document.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.chitieu.document.DocumentFormat;
import vn.chitieu.document.DocumentSource;
import vn.chitieu.document.TestDocuments;

/** Telling a file's format from its magic bytes, the entries of its ZIP, or its name. */
class FileSignatureTests {

    @Test
    void recognisesEachFormatByItsMagicBytes() {
        assertThat(detect("x", bytes(0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0))).contains(DocumentFormat.DOC);
        assertThat(detect("x", ascii("%PDF-1.7\n"))).contains(DocumentFormat.PDF);
        assertThat(detect("x", bytes(0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'))).contains(DocumentFormat.IMAGE);
        assertThat(detect("x", bytes(0xFF, 0xD8, 0xFF, 0xE0))).contains(DocumentFormat.IMAGE);
        assertThat(detect("x", bytes('I', 'I', 42, 0))).contains(DocumentFormat.IMAGE);
        assertThat(detect("x", bytes('M', 'M', 0, 42))).contains(DocumentFormat.IMAGE);
        assertThat(detect("x", bytes(0xEF, 0xBB, 0xBF, 'a'))).contains(DocumentFormat.TXT);
        assertThat(detect("x", bytes(0xFF, 0xFE, 'a', 0))).contains(DocumentFormat.TXT);
        assertThat(detect("x", bytes(0xFE, 0xFF, 0, 'a'))).contains(DocumentFormat.TXT);
    }

    @Test
    void findsAPdfHeaderAfterLeadingBytes() {
        assertThat(detect("x", ascii("\r\n  %PDF-1.4\n"))).contains(DocumentFormat.PDF);
    }

    @Test
    void tellsWordFromExcelByTheZipsEntriesEvenInATruncatedFile() {
        byte[] docx = TestDocuments.docx("Điều 1.");

        assertThat(detect("x.xlsx", docx)).contains(DocumentFormat.DOCX);
        assertThat(detect("x", Arrays.copyOf(docx, docx.length * 3 / 4))).contains(DocumentFormat.DOCX);
    }

    @Test
    void trustsTheExtensionOfAZipWithoutWordOrExcelParts() {
        byte[] zip = bytes('P', 'K', 3, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 5, 0, 0, 0,
                'a', '.', 't', 'x', 't');

        assertThat(detect("Nghị quyết.DOCX", zip)).contains(DocumentFormat.DOCX);
        assertThat(detect("nen.zip", zip)).isEmpty();
    }

    @Test
    void fallsBackOnTheExtensionIgnoringCase() {
        byte[] text = ascii("Nghi quyet");

        assertThat(detect("a.TXT", text)).contains(DocumentFormat.TXT);
        assertThat(detect("a.Jpeg", text)).contains(DocumentFormat.IMAGE);
        assertThat(detect("a.tif", text)).contains(DocumentFormat.IMAGE);
        assertThat(detect("a.xlsx", text)).contains(DocumentFormat.XLSX);
        assertThat(detect("no-extension", text)).isEmpty();
    }

    @Test
    void letsEachReaderAcceptOnlyItsOwnFormat() {
        DocumentSource docx = new DocumentSource("Nghị quyết.pdf", TestDocuments.docx("Điều 1."));
        DocumentSource pdf = new DocumentSource("Nghị quyết.docx", TestDocuments.pdf("Điều 1."));

        assertThat(new DocxReader().accepts(docx)).isTrue();
        assertThat(new PdfReader().accepts(docx)).isFalse();
        assertThat(new PdfReader().accepts(pdf)).isTrue();
        assertThat(new DocxReader().accepts(pdf)).isFalse();
        assertThat(new TxtReader().accepts(new DocumentSource("a.txt", ascii("Điều 1.")))).isTrue();
        assertThat(new XlsxReader().accepts(docx)).isFalse();
        assertThat(new DocReader().accepts(docx)).isFalse();
        assertThat(new ImageReader().accepts(new DocumentSource("a", bytes(0xFF, 0xD8, 0xFF)))).isTrue();
    }

    @Test
    void namesFormatsItKnowsButDoesNotRead() {
        assertThat(FileSignature.unsupportedKind(ascii("{\\rtf1\\ansi"))).contains("tệp RTF");
        assertThat(FileSignature.unsupportedKind(ascii("PK\u0003\u0004" + "\0".repeat(26)
                + "mimetypeapplication/vnd.oasis.opendocument.text"))).isPresent();
        assertThat(FileSignature.unsupportedKind(ascii("%PDF-1.7"))).isEmpty();
    }

    private static Optional<DocumentFormat> detect(String fileName, byte[] bytes) {
        return FileSignature.detect(new DocumentSource(fileName, bytes));
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }
}
