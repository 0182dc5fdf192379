package vn.chitieu.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import vn.chitieu.extraction.quantity.Quantities;
import vn.chitieu.extraction.quantity.Quantity;

/**
 * A number is read once: a fraction written with spaces ("2 /5"), a unit with a digit ("m2/2") or a
 * number restated after a unit must not give a second quantity inside the first. Two overlapping
 * quantities once made the extractor throw (found by the Jazzer run of .ci/run).
 */
class QuantityOverlapTests {

    @ParameterizedTest
    @ValueSource(strings = {"2 /5", "1/ 0,5", "5m2/2", "0,5m2/1.000,năm", "hai-0,5m2/0,5", "1tỷ)1.000m2/1",
            "1 /0,5hai2", "diện tích đạt 5 m2/2 hộ", "đạt trên 3 /4 số hộ"})
    void quantitiesNeverOverlap(String text) {
        List<Quantity> found = Quantities.find(text);
        for (int i = 1; i < found.size(); i++) {
            assertThat(found.get(i).start()).as("%s in %s", found, text).isGreaterThanOrEqualTo(found.get(i - 1).end());
        }
        assertThatCode(() -> new Extractor().extract("Chỉ tiêu chủ yếu:\n1. Tỷ lệ hộ " + text + ".\n"))
                .doesNotThrowAnyException();
    }

    @Test
    void aFractionWithSpacesIsOneQuantity() {
        List<Quantity> found = Quantities.find("2 /5");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).value()).isEqualByComparingTo(BigDecimal.valueOf(2));
        assertThat(found.get(0).end()).isEqualTo(4);
    }
}
