package vn.chitieu.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EvidenceTests {

    @Test
    void knowsAFileByItsFirstBytesNotByItsName() {
        assertThat(Evidence.mediaType("%PDF-1.7 …".getBytes(StandardCharsets.US_ASCII), "anh.jpg")).isEqualTo("application/pdf");
        assertThat(Evidence.mediaType(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}, "bien-ban.pdf")).isEqualTo("image/jpeg");
        assertThat(Evidence.mediaType(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0}, "x")).isEqualTo("image/png");
        assertThat(Evidence.mediaType(new byte[] {'P', 'K', 3, 4, 0}, "Biểu số liệu.XLSX")).endsWith("spreadsheetml.sheet");
        assertThat(Evidence.mediaType(new byte[] {'P', 'K', 3, 4, 0}, "so-lieu.zip")).as("a zip is not a document").isNull();
        assertThat(Evidence.mediaType("<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8), "bao-cao.pdf")).isNull();
        assertThat(Evidence.mediaType(new byte[0], "rong.pdf")).isNull();
    }

    @Test
    void keepsTheNameWithoutFoldersOrControlCharacters() {
        assertThat(Evidence.name("C:\\Users\\can-bo\\Biên bản kiểm tra.pdf")).isEqualTo("Biên bản kiểm tra.pdf");
        assertThat(Evidence.name("../../etc/passwd")).isEqualTo("passwd");
        assertThat(Evidence.name("a\u0000b\"c.pdf")).isEqualTo("abc.pdf");
        assertThat(Evidence.name("  ")).isEqualTo("minh-chung");
        assertThat(Evidence.name("ả".repeat(300) + ".pdf").codePointCount(0, 200)).isEqualTo(200);
    }
}
