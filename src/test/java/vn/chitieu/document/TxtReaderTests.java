package vn.chitieu.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Plain text in the encodings we accept, and the legacy ones we refuse rather than guess. */
class TxtReaderTests {

    private static final String TEXT = "Tổng sản lượng lương thực có hạt đạt 3.865,28 tấn;\nTỷ lệ che phủ rừng đạt 40,64%.\n";

    @Test
    void readsUtf8() throws Exception {
        assertThat(read(TEXT.getBytes(StandardCharsets.UTF_8))).isEqualTo(TEXT);
    }

    @Test
    void dropsTheUtf8ByteOrderMark() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

        assertThat(read(concat(bom, TEXT.getBytes(StandardCharsets.UTF_8)))).isEqualTo(TEXT);
    }

    @Test
    void readsUtf16LittleEndianWithByteOrderMark() throws Exception {
        byte[] bom = {(byte) 0xFF, (byte) 0xFE};

        assertThat(read(concat(bom, TEXT.getBytes(StandardCharsets.UTF_16LE)))).isEqualTo(TEXT);
    }

    @Test
    void readsUtf16BigEndianWithByteOrderMark() throws Exception {
        byte[] bom = {(byte) 0xFE, (byte) 0xFF};

        assertThat(read(concat(bom, TEXT.getBytes(StandardCharsets.UTF_16BE)))).isEqualTo(TEXT);
    }

    @Test
    void turnsWindowsAndOldMacLineEndingsIntoLineFeeds() throws Exception {
        byte[] bytes = "Điều 1.\r\nĐiều 2.\rĐiều 3.\n".getBytes(StandardCharsets.UTF_8);

        assertThat(read(bytes)).isEqualTo("Điều 1.\nĐiều 2.\nĐiều 3.\n");
    }

    @Test
    void leavesDecomposedLettersAsTheyAreForNormalisationLater() throws Exception {
        String decomposed = "Nghi\u0323 quye\u0302\u0301t\n";

        assertThat(read(decomposed.getBytes(StandardCharsets.UTF_8))).isEqualTo(decomposed);
    }

    @Test
    void refusesWindows1258TextInsteadOfGuessing() {
        byte[] bytes = TEXT.getBytes(Charset.forName("windows-1258"));

        assertThat(Refused.messageFor("nghi-quyet.txt", bytes))
                .contains("không phải văn bản UTF-8", "UTF-8 (Unicode)", "dòng 1");
    }

    @Test
    void refusesTcvn3TextNamingTheLineWithTheFirstStrangeByte() {
        // "Nghị quyết" in TCVN3 (ABC): single bytes above 0x7F that are not valid UTF-8
        byte[] bytes = {'S', 0xe8 - 256, ':', ' ', '1', '3', '\n', 'N', 'g', 'h', 0xdb - 256, ' ', 'q', 'u', 'y', 0xd5 - 256, 't', '\n'};

        assertThat(Refused.messageFor("nghi-quyet.txt", bytes)).contains("không phải văn bản UTF-8", "dòng 1");
    }

    @Test
    void refusesBinaryGarbage() {
        byte[] garbage = new byte[4096];
        new Random(13).nextBytes(garbage);

        assertThat(Refused.messageFor("nghi-quyet.txt", garbage)).contains("không phải là tài liệu văn bản");
    }

    @Test
    void refusesTextFullOfControlCharacters() {
        byte[] bytes = "a\u0001b\u0002c\u0003d\u0004e\u0005f\u0006g\u0007h\u0008i\u000Ej\u000Fk\u0010".repeat(3)
                .getBytes(StandardCharsets.UTF_8);

        assertThat(Refused.messageFor("nghi-quyet.txt", bytes)).contains("không phải là tài liệu văn bản");
    }

    private static String read(byte[] bytes) throws DocumentException {
        DocumentText text = Documents.read(new DocumentSource("nghi-quyet.txt", bytes));
        assertThat(text.format()).isEqualTo(DocumentFormat.TXT);
        return text.text();
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = new byte[first.length + second.length];
        System.arraycopy(first, 0, both, 0, first.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }
}
