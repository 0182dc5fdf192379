package vn.chitieu.assessment;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period as the API writes it: {@code 2026} (a year), {@code 2026-H1} (a half-year),
 * {@code 2026-Q3} (a quarter), {@code 2026-9M} (the first nine months), {@code 2026-03} (a month).
 *
 * @param number the half (1–2), quarter (1–4) or month (1–12); 0 for a year or nine months
 */
public record Period(int year, Kind kind, int number) implements Comparable<Period> {
    private static final Pattern CODE = Pattern.compile("(\\d{4})(?:-(H[12]|Q[1-4]|9M|0[1-9]|1[0-2]))?");
    private static final Comparator<Period> ORDER = Comparator.comparing(Period::end).thenComparing(Period::start, Comparator.reverseOrder());

    public enum Kind {
        YEAR,
        HALF_YEAR,
        QUARTER,
        NINE_MONTHS,
        MONTH
    }

    public Period {
        int max = switch (kind) {
            case YEAR, NINE_MONTHS -> 0;
            case HALF_YEAR -> 2;
            case QUARTER -> 4;
            case MONTH -> 12;
        };
        if (year < 1900 || year > 2200 || (max == 0 ? number != 0 : number < 1 || number > max)) {
            throw new IllegalArgumentException("no such period: " + year + " " + kind + " " + number);
        }
    }

    public static Period year(int year) {
        return new Period(year, Kind.YEAR, 0);
    }

    /** Reads a period code; a clear message for anything else. */
    /**
     * The periods people report on most, latest first: for this year and {@code yearsBack} before
     * it, the second half, the year, the first half ("2026-H2", "2026", "2026-H1", "2025-H2", …).
     */
    public static java.util.List<String> recentHalvesAndYears(LocalDate today, int yearsBack) {
        java.util.List<String> periods = new java.util.ArrayList<>();
        for (int year = today.getYear(); year >= today.getYear() - yearsBack; year--) {
            periods.add(year + "-H2");
            periods.add(String.valueOf(year));
            periods.add(year + "-H1");
        }
        return periods;
    }

    public static Period parse(String code) {
        Matcher m = CODE.matcher(code == null ? "" : code.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + code + "' is not a period: write 2026, 2026-H1, 2026-Q3, 2026-9M or 2026-03");
        }
        int year = Integer.parseInt(m.group(1));
        String part = m.group(2);
        if (part == null) {
            return year(year);
        }
        return switch (part.charAt(0)) {
            case 'H' -> new Period(year, Kind.HALF_YEAR, part.charAt(1) - '0');
            case 'Q' -> new Period(year, Kind.QUARTER, part.charAt(1) - '0');
            case '9' -> new Period(year, Kind.NINE_MONTHS, 0);
            default -> new Period(year, Kind.MONTH, Integer.parseInt(part));
        };
    }

    public String code() {
        return switch (kind) {
            case YEAR -> String.valueOf(year);
            case HALF_YEAR -> year + "-H" + number;
            case QUARTER -> year + "-Q" + number;
            case NINE_MONTHS -> year + "-9M";
            case MONTH -> String.format("%d-%02d", year, number);
        };
    }

    public LocalDate start() {
        return YearMonth.of(year, firstMonth()).atDay(1);
    }

    public LocalDate end() {
        return YearMonth.of(year, lastMonth()).atEndOfMonth();
    }

    public int firstMonth() {
        return switch (kind) {
            case YEAR, NINE_MONTHS -> 1;
            case HALF_YEAR -> number == 1 ? 1 : 7;
            case QUARTER -> 3 * number - 2;
            case MONTH -> number;
        };
    }

    public int lastMonth() {
        return switch (kind) {
            case YEAR -> 12;
            case HALF_YEAR -> 6 * number;
            case QUARTER -> 3 * number;
            case NINE_MONTHS -> 9;
            case MONTH -> number;
        };
    }

    /** Shorter than a year. */
    public boolean partOfYear() {
        return kind != Kind.YEAR;
    }

    /** Periods in the order their ends come, the shorter first when two end together: of 2026-Q4 and 2026, the year is the latest. */
    @Override
    public int compareTo(Period other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return code();
    }
}
