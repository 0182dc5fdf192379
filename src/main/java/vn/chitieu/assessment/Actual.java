package vn.chitieu.assessment;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A value entered for a period: a number, or for a MILESTONE whether it was achieved and on which
 * day; {@code estimate} marks an "ước" figure.
 */
public record Actual(Period period, BigDecimal value, Boolean achieved, LocalDate on, boolean estimate) {
    public static Actual of(String period, String value) {
        return new Actual(Period.parse(period), new BigDecimal(value), null, null, false);
    }

    public static Actual achieved(String period, LocalDate on) {
        return new Actual(Period.parse(period), null, true, on, false);
    }
}
