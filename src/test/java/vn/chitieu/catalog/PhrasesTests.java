package vn.chitieu.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PhrasesTests {

    @Test
    void foldsOldAndNewTonePlacementAlike() {
        assertThat(Phrases.fold("Văn hoá")).isEqualTo(Phrases.fold("văn hóa")).isEqualTo("van hoa");
        assertThat(Phrases.fold("Thuỷ sản")).isEqualTo(Phrases.fold("thủy sản")).isEqualTo("thuy san");
    }

    @Test
    void foldsDecomposedTextAndTheLetterDd() {
        String decomposed = java.text.Normalizer.normalize("Đường được cứng hóa", java.text.Normalizer.Form.NFD);
        assertThat(Phrases.fold(decomposed)).isEqualTo("duong duoc cung hoa");
    }

    @Test
    void takesOutFillerWordsButKeepsWhatTellsTheIndicator() {
        assertThat(Phrases.essential("Tỷ lệ hộ nghèo trên địa bàn xã đạt dưới 2%")).isEqualTo("ho ngheo duoi %");
        assertThat(Phrases.essential("Số hộ nghèo")).isEqualTo("ho ngheo");
        assertThat(Phrases.essential("Thu nhập bình quân đầu người năm 2030")).isEqualTo("thu nhap binh quan dau nguoi");
    }

    @Test
    void takesOutLeadingWordsOnlyAtTheStart() {
        assertThat(Phrases.essential("Tỷ lệ hồ sơ nộp trực tuyến")).isEqualTo("ho so nop truc tuyen");
    }

    @Test
    void cutsIntoSyllablesAndPairs() {
        assertThat(Phrases.grams("Tỷ lệ che phủ rừng")).containsExactlyInAnyOrder("che", "phu", "rung", "che phu", "phu rung");
    }
}
