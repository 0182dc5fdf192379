package vn.chitieu.sample;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.Locale;
import vn.chitieu.extraction.Target.Direction;
import vn.chitieu.plan.Target;
import vn.chitieu.sample.Measure.Form;

/** A target in the words of a resolution ("Đến năm 2025, tỷ lệ che phủ rừng đạt 42%"), numbers written the Vietnamese way. */
final class Wording {
    private Wording() {}

    static String number(BigDecimal value) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
        symbols.setGroupingSeparator('.');
        symbols.setDecimalSeparator(',');
        return new DecimalFormat("#,##0.######", symbols).format(value);
    }

    static String date(LocalDate date) {
        return date.getDayOfMonth() + "/" + date.getMonthValue() + "/" + date.getYear();
    }

    /** One target as a clause of its indicator's text. */
    static String clause(Target target, Form form, int baseYear) {
        String subject = target.subject();
        String lower = lowerFirst(subject);
        String amount = target.value() == null ? "" : quantity(target.value(), target.unit(), target.per());
        String up = target.direction() == Direction.DOWN ? "giảm" : "tăng";
        String by = target.year() != null ? "Đến năm " + target.year() + ", " : "";
        return switch (form) {
            case LEVEL_GE -> by.isEmpty() ? subject + " đạt " + amount : by + lower + " đạt " + amount;
            case LEVEL_GT -> by.isEmpty() ? subject + " đạt trên " + amount : by + lower + " đạt trên " + amount;
            case LEVEL_LE -> by.isEmpty() ? subject + " không quá " + amount : by + lower + " không quá " + amount;
            case APPROX -> subject + " đạt khoảng " + amount;
            case RANGE -> subject + " duy trì ở mức " + number(target.value()) + "–" + quantity(target.valueMax(), target.unit(), null);
            case CHANGE_RELATIVE_PER_YEAR, CHANGE_POINTS_PER_YEAR -> subject + " " + up + " bình quân " + amount + "/năm";
            case CHANGE_RELATIVE -> subject + " " + up + " " + amount + " so với năm " + baseYear;
            case CHANGE_POINTS -> capitalize(up) + " " + lower + " " + amount;
            case CHANGE_ABSOLUTE -> by.isEmpty() ? subject + " " + up + " " + amount + " so với năm " + baseYear
                    : by + lower + " " + up + " thêm " + amount;
            case MAINTAIN -> "Duy trì " + lower + " đạt " + amount + " trở lên";
            case MILESTONE -> target.deadline() != null ? subject + " trước ngày " + date(target.deadline())
                    : "Phấn đấu đến năm " + target.year() + ", " + lower;
        };
    }

    static String quantity(BigDecimal value, String unit, String per) {
        String text = number(value) + ("%".equals(unit) ? "%" : " " + unit);
        return per == null ? text : text + "/" + per;
    }

    static String lowerFirst(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1);
    }

    static String capitalize(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }
}
