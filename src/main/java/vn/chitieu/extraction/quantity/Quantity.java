package vn.chitieu.extraction.quantity;

import java.math.BigDecimal;

/**
 * A number with its unit as it stands in the text: "3.865,28 tấn", "60 triệu đồng/người/năm",
 * "65-70%" (a range: {@code valueMax} set). {@code unit} is null when none is written.
 */
public record Quantity(int start, int end, BigDecimal value, BigDecimal valueMax, String unit, String per, String rule) {
    public boolean isRange() {
        return valueMax != null;
    }
}
