package vn.chitieu.sample;

import vn.chitieu.extraction.IndicatorGroup;

/**
 * Something communes measure and set targets on ("Tỷ lệ che phủ rừng", "Thu ngân sách nhà nước
 * trên địa bàn"), with where a commune typically starts and how it moves in a year, and how a
 * five-year plan and an annual plan usually write its target.
 *
 * @param indicator measures with the same indicator are written as one indicator when chosen together
 * @param subject {@code {unit}} stands for the commune's kind ("Xã", "Phường", "Đặc khu")
 * @param low where a commune starts, at least
 * @param high where a commune starts, at most
 * @param trend the plan's change in a year: percentage points for a RATE, a share for an AMOUNT
 *     (0.09 is 9 % a year), things for a COUNT; negative where less is better
 * @param flow accumulates within a year (revenue, output, visits): a shorter period's value is the
 *     year to date
 * @param decimals of a value as officials write it
 * @param fiveYear how a five-year plan writes the target; {@code null} when it does not
 * @param annual how an annual plan writes it; {@code null} when it does not
 */
record Measure(String indicator, IndicatorGroup group, String subject, String unit, String per, Shape shape, double low, double high,
        double trend, boolean flow, int decimals, Place place, Form fiveYear, Form annual) {

    /** How the numbers of a measure behave. */
    enum Shape {
        /** A percentage of something, 0–100, moving by points. */
        RATE,
        /** Money, tonnes, visits: grows by a share a year. */
        AMOUNT,
        /** Whole things: schools, villages, cases. */
        COUNT,
        /** Done or not yet. */
        EVENT
    }

    /** Which communes have it: every one, the rural xã, or the urban phường. */
    enum Place {
        ANY,
        RURAL,
        URBAN
    }

    /** The ways a target is written, one per kind and comparator of spec/assessment.md that communes use. */
    enum Form {
        LEVEL_GE,
        LEVEL_GT,
        LEVEL_LE,
        APPROX,
        RANGE,
        CHANGE_RELATIVE,
        CHANGE_RELATIVE_PER_YEAR,
        CHANGE_POINTS,
        CHANGE_POINTS_PER_YEAR,
        CHANGE_ABSOLUTE,
        MAINTAIN,
        MILESTONE;

        /** The forms every generated plan has at least one of: each kind of target the assessment judges differently. */
        Form family() {
            return switch (this) {
                case LEVEL_GE, LEVEL_GT -> LEVEL_GE;
                case CHANGE_RELATIVE, CHANGE_RELATIVE_PER_YEAR -> CHANGE_RELATIVE;
                case CHANGE_POINTS, CHANGE_POINTS_PER_YEAR -> CHANGE_POINTS;
                default -> this;
            };
        }
    }

    Form form(boolean fiveYearPlan) {
        return fiveYearPlan ? fiveYear : annual;
    }

    boolean suits(boolean urban) {
        return place == Place.ANY || (place == Place.URBAN) == urban;
    }

    boolean lowerIsBetter() {
        return trend < 0;
    }

    String subjectFor(String unitKind) {
        return subject.replace("{unit}", unitKind);
    }
}
