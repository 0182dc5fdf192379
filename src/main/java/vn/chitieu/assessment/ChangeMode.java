package vn.chitieu.assessment;

import java.text.Normalizer;
import java.util.Locale;

/** How a CHANGE is applied to its baseline. */
public enum ChangeMode {
    /** In the measure's own unit: "giảm 11 hộ" → B − 11. */
    ABSOLUTE,
    /** Percentage points of a rate: "giảm 2%" of a poverty rate of 5,1 % → 3,1 %. */
    POINTS,
    /** Percent of the baseline: "tăng 10%" of 1.000 triệu → 1.100 triệu. */
    RELATIVE;

    /** The default of spec/assessment.md: points for a rate, relative for another "%", else the unit itself. */
    public static ChangeMode guess(String subject, String unit, String measureUnit) {
        if (unit == null || !unit.strip().equals("%")) {
            return ABSOLUTE;
        }
        String s = subject == null ? "" : Normalizer.normalize(subject.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFC);
        boolean rate = s.startsWith("tỷ lệ") || s.startsWith("tỉ lệ");
        return rate || (measureUnit != null && measureUnit.strip().equals("%")) ? POINTS : RELATIVE;
    }
}
