package vn.chitieu.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** The JSON writer keeps every number the text states, however long, as a JSON number. */
class ExtractionJsonTests {
    private final Extractor extractor = new Extractor();

    @Test
    void writesAValueTooLongForALongAsAPlainNumber() {
        String text = "Điều 1. Thông qua kế hoạch năm 2026.\n2. Các chỉ tiêu chủ yếu\n(1) Thu ngân sách nhà nước trên địa bàn đạt 123456789012345678901234 triệu đồng.\n";
        JsonNode json = ExtractionJson.tree(extractor.extract(text), false, text);
        JsonNode value = json.path("indicators").get(0).path("targets").get(0).path("value");
        assertThat(value.isNumber()).isTrue();
        assertThat(value.decimalValue().toPlainString()).isEqualTo("123456789012345678901234");
    }

    @Test
    void writesWholeValuesWithoutAFraction() {
        String text = "Điều 1. Thông qua kế hoạch năm 2026.\n2. Các chỉ tiêu chủ yếu\n(1) Tỷ lệ che phủ rừng đạt 42,0%.\n";
        String json = ExtractionJson.write(extractor.extract(text), false, text);
        assertThat(json).contains("\"value\" : 42,");
    }
}
