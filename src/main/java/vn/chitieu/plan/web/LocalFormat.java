package vn.chitieu.plan.web;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.chitieu.web.Formats;

/**
 * Numbers and dates written as the reader writes them: "3.865,28" and "24/12/2025" in Vietnamese,
 * "3,865.28" and "24 Dec 2025" in English; and numbers typed either way read back.
 */
public final class LocalFormat {
    private static final DateTimeFormatter TYPED_DATE = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern GROUPED = Pattern.compile("[1-9]\\d{0,2}([.,]\\d{3})+");
    private static final Pattern PLAIN = Pattern.compile("\\d+([.,]\\d+)?");

    private final boolean english;
    private final Locale locale;

    private LocalFormat(boolean english) {
        this.english = english;
        this.locale = english ? Locale.ENGLISH : Locale.forLanguageTag("vi");
    }

    /** English for English, Vietnamese for every other language. */
    public static LocalFormat of(Locale locale) {
        return new LocalFormat(locale != null && "en".equals(locale.getLanguage()));
    }

    /** Written by the application's one number format (web.Formats): 1.306,5 or 1,306.5. */
    public String number(BigDecimal value) {
        return Formats.number(value, locale);
    }

    public String date(LocalDate value) {
        return Formats.date(value, locale);
    }

    public String dateTime(Instant value) {
        return Formats.dateTime(value, locale);
    }

    /** A date as typed into a form: always day/month/year, whatever the language. */
    public static String typedDate(LocalDate value) {
        return value == null ? "" : String.format("%02d/%02d/%d", value.getDayOfMonth(), value.getMonthValue(), value.getYear());
    }

    /**
     * Reads "3.865,28", "3865,28", "3865.28", "1.306" or "-2". A lone separator before exactly three
     * digits groups thousands where the language groups with it (Vietnamese ".", English ","); any
     * other lone separator is the decimal one, so "43.5" and "43,5" are both 43.5. Empty when blank
     * or unreadable; {@link #readsAsNumber} tells the two apart.
     */
    public Optional<BigDecimal> parseNumber(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String text = typed.strip().replace("\u00a0", "").replace("\u202f", "").replace(" ", "");
        boolean negative = text.startsWith("-") || text.startsWith("\u2212");
        String digits = negative ? text.substring(1) : text;
        String plain = plain(digits);
        if (plain == null) {
            return Optional.empty();
        }
        BigDecimal value = new BigDecimal(plain);
        return Optional.of(negative ? value.negate() : value);
    }

    /** Whether {@link #parseNumber} can read the text; blank text reads as no number at all. */
    public boolean readsAsNumber(String typed) {
        return typed == null || typed.isBlank() || parseNumber(typed).isPresent();
    }

    private String plain(String digits) {
        int dot = digits.lastIndexOf('.');
        int comma = digits.lastIndexOf(',');
        if (dot >= 0 && comma >= 0) {
            char decimal = dot > comma ? '.' : ',';
            char group = decimal == '.' ? ',' : '.';
            int at = digits.lastIndexOf(decimal);
            String whole = digits.substring(0, at);
            String fraction = digits.substring(at + 1);
            if (!GROUPED.matcher(whole).matches() || whole.indexOf(decimal) >= 0 || !fraction.matches("\\d+")) {
                return null;
            }
            return whole.replace(String.valueOf(group), "") + "." + fraction;
        }
        char separator = dot >= 0 ? '.' : ',';
        long separators = digits.chars().filter(c -> c == separator).count();
        if (separators > 1 || separators == 1 && groupsThousands(separator) && GROUPED.matcher(digits).matches()) {
            return GROUPED.matcher(digits).matches() ? digits.replace(String.valueOf(separator), "") : null;
        }
        return PLAIN.matcher(digits).matches() ? digits.replace(',', '.') : null;
    }

    private boolean groupsThousands(char separator) {
        return english ? separator == ',' : separator == '.';
    }

    /** Reads "24/12/2025" (or "24.12.2025"), and "2025-12-24" as a date field sends it; a two-digit year is refused. */
    public static Optional<LocalDate> parseDate(String typed) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        String text = typed.strip().replace('.', '/').replace('-', '/');
        try {
            if (text.matches("\\d{4}/\\d{1,2}/\\d{1,2}")) {
                String[] parts = text.split("/");
                return Optional.of(LocalDate.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2])));
            }
            if (text.matches("\\d{1,2}/\\d{1,2}/\\d{4}")) {
                return Optional.of(LocalDate.parse(text, TYPED_DATE));
            }
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
