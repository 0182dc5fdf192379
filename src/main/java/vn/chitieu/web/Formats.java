package vn.chitieu.web;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/**
 * Numbers and dates written the way the reader's language writes them. Vietnamese: 1.306,5 (dot
 * thousands, decimal comma) and 24/12/2025; English: 1,306.5 and 24 Dec 2025. A number shows the
 * decimals it has and no trailing zeros (41,20 is written 41,2). Templates reach it as {@code #vn}
 * ({@link FormatDialect}). Times are shown in Vietnam's time zone.
 */
public final class Formats {
    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter VI_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter EN_DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter VI_DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final DateTimeFormatter EN_DATE_TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

    private Formats() {}

    /** The number with every decimal it has; an empty text for {@code null}. */
    public static String number(Number value, Locale locale) {
        BigDecimal decimal = decimal(value);
        return decimal == null ? text(value) : write(decimal, locale);
    }

    /** The number rounded (half up) to at most {@code maxDecimals} decimals, without trailing zeros. */
    public static String number(Number value, int maxDecimals, Locale locale) {
        BigDecimal decimal = decimal(value);
        return decimal == null ? text(value) : write(decimal.setScale(maxDecimals, RoundingMode.HALF_UP), locale);
    }

    /** A date, or the date of a date-time or instant (in Vietnam's time zone); an empty text for {@code null}. */
    public static String date(TemporalAccessor value, Locale locale) {
        return value == null ? "" : (english(locale) ? EN_DATE : VI_DATE).format(local(value));
    }

    /** A date and time to the minute: 24/12/2025 14:30, 24 Dec 2025, 14:30. */
    public static String dateTime(TemporalAccessor value, Locale locale) {
        if (value == null) {
            return "";
        }
        TemporalAccessor local = local(value);
        if (local instanceof LocalDate date) {
            local = date.atStartOfDay();
        }
        return (english(locale) ? EN_DATE_TIME : VI_DATE_TIME).format(local);
    }

    private static TemporalAccessor local(TemporalAccessor value) {
        if (value instanceof Instant instant) {
            return LocalDateTime.ofInstant(instant, VIETNAM);
        }
        if (value.isSupported(ChronoField.OFFSET_SECONDS)) {
            return Instant.from(value).atZone(VIETNAM).toLocalDateTime();
        }
        return value;
    }

    private static String write(BigDecimal value, Locale locale) {
        // by hand rather than with a DecimalFormat, which is built anew per call: pages write hundreds of numbers
        BigDecimal plain = value.stripTrailingZeros();
        String digits = plain.scale() < 0 ? plain.setScale(0).toPlainString() : plain.toPlainString();
        boolean english = english(locale);
        char grouping = english ? ',' : '.';
        boolean negative = digits.startsWith("-");
        int start = negative ? 1 : 0;
        int point = digits.indexOf('.');
        int end = point < 0 ? digits.length() : point;
        StringBuilder out = new StringBuilder(digits.length() + 8);
        if (negative) {
            out.append('-');
        }
        for (int i = start; i < end; i++) {
            if (i > start && (end - i) % 3 == 0) {
                out.append(grouping);
            }
            out.append(digits.charAt(i));
        }
        if (point >= 0) {
            out.append(english ? '.' : ',').append(digits, point + 1, digits.length());
        }
        return out.toString();
    }

    /** The value as an exact decimal; {@code null} for {@code null}, NaN and the infinities. */
    private static BigDecimal decimal(Number value) {
        if (value == null) {
            return null;
        }
        if (value instanceof BigDecimal decimal) {
            return decimal;
        }
        if (value instanceof BigInteger integer) {
            return new BigDecimal(integer);
        }
        if (value instanceof Double || value instanceof Float) {
            double d = value.doubleValue();
            // Float's own decimal text: 0.1f is 0.1, not 0.100000001490116...
            return Double.isFinite(d) ? new BigDecimal(value instanceof Float ? value.toString() : Double.toString(d)) : null;
        }
        return BigDecimal.valueOf(value.longValue());
    }

    private static String text(Number value) {
        return value == null ? "" : value.toString();
    }

    private static boolean english(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }
}
