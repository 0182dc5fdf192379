package vn.chitieu.plan.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.ContentDisposition;

class AttachmentTests {

    @Test
    void keepsAVietnameseFileNameWhole() {
        String header = Attachment.contentDisposition("Nghị quyết số 32/NQ-HĐND.pdf");

        assertThat(ContentDisposition.parse(header).getFilename()).isEqualTo("Nghị quyết số 32/NQ-HĐND.pdf");
        assertThat(ContentDisposition.parse(header).isAttachment()).isTrue();
    }

    @Test
    void encodesEveryByteOutsideTheRfc5987AttributeCharacters() {
        assertThat(Attachment.encode("Đông Khê (1).txt")).isEqualTo("%C4%90%C3%B4ng%20Kh%C3%AA%20%281%29.txt");
    }

    @Test
    void givesOldClientsTheNameInPlainLetters() {
        assertThat(Attachment.asciiFallback("Đông Khê \"mới\".docx")).isEqualTo("Dong Khe _moi_.docx");
    }
}
