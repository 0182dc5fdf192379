package vn.chitieu.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Why a judgement came out as it did, as a message key and its figures; {@link #in(Locale)} writes
 * it in Vietnamese (the default) or English, with the numbers and dates written the local way
 * (108,2 % and 24/12/2025; 108.2 % and 24 Dec 2025).
 */
public record Reason(String key, List<Object> args) {
    private static final String BUNDLE = "vn/chitieu/assessment/reasons";
    private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    /** A number to write with at most {@code decimals} decimals. */
    public record Figure(double value, int decimals) {}

    static Reason of(String key, Object... args) {
        return new Reason(key, Arrays.asList(args));
    }

    public String in(Locale locale) {
        boolean english = locale != null && "en".equals(locale.getLanguage());
        Locale language = english ? Locale.ENGLISH : Locale.forLanguageTag("vi");
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, english ? Locale.ENGLISH : Locale.ROOT, NO_FALLBACK);
        Object[] written = args.stream().map(arg -> write(arg, language, english)).toArray();
        return new MessageFormat(bundle.getString(key), language).format(written);
    }

    private static String write(Object arg, Locale language, boolean english) {
        if (arg == null) {
            return "–";
        }
        if (arg instanceof BigDecimal number) {
            return number(number.doubleValue(), 2, language);
        }
        if (arg instanceof Figure figure) {
            return number(figure.value(), figure.decimals(), language);
        }
        if (arg instanceof LocalDate date) {
            return english ? date.format(DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH))
                    : date.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        }
        if (arg instanceof Period period) {
            return label(period, english);
        }
        return String.valueOf(arg);
    }

    private static String number(double value, int decimals, Locale language) {
        NumberFormat format = NumberFormat.getNumberInstance(language);
        format.setMaximumFractionDigits(decimals);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }

    /**
     * A period as a heading or a table cell starts it: "Năm 2026", "6 tháng đầu năm 2026", "Quý III/2026";
     * "2026", "First half of 2026", "Q3 2026". Reasons write it within a sentence, in lower case.
     */
    public static String heading(Period period, Locale locale) {
        String label = label(period, locale != null && "en".equals(locale.getLanguage()));
        return label.substring(0, 1).toUpperCase(Locale.ROOT) + label.substring(1);
    }

    /** "6 tháng đầu năm 2026", "quý III/2026", "tháng 3/2026"; "first half of 2026", "Q3 2026", "March 2026". */
    static String label(Period period, boolean english) {
        int y = period.year();
        if (english) {
            return switch (period.kind()) {
                case YEAR -> String.valueOf(y);
                case HALF_YEAR -> (period.number() == 1 ? "first" : "second") + " half of " + y;
                case QUARTER -> "Q" + period.number() + " " + y;
                case NINE_MONTHS -> "first nine months of " + y;
                case MONTH -> java.time.Month.of(period.number()).getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH) + " " + y;
            };
        }
        return switch (period.kind()) {
            case YEAR -> "năm " + y;
            case HALF_YEAR -> (period.number() == 1 ? "6 tháng đầu năm " : "6 tháng cuối năm ") + y;
            case QUARTER -> "quý " + List.of("I", "II", "III", "IV").get(period.number() - 1) + "/" + y;
            case NINE_MONTHS -> "9 tháng năm " + y;
            case MONTH -> "tháng " + period.number() + "/" + y;
        };
    }
}
