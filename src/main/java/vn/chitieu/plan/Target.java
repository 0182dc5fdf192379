package vn.chitieu.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import vn.chitieu.extraction.Span;
import vn.chitieu.extraction.Target.Baseline;
import vn.chitieu.extraction.Target.Comparator;
import vn.chitieu.extraction.Target.Direction;
import vn.chitieu.extraction.Target.TargetKind;

/**
 * One measurable target of an adopted or draft plan: the fields of spec/extraction.md, an id once
 * saved, and {@code noUnit}, an official's statement that a number has no unit.
 */
public record Target(
        Long id,
        String subject,
        TargetKind kind,
        Comparator comparator,
        BigDecimal value,
        BigDecimal valueMax,
        String unit,
        boolean noUnit,
        String per,
        Direction direction,
        boolean perYear,
        Integer year,
        LocalDate deadline,
        Baseline baseline,
        Span span,
        List<String> rules) {

    public Target {
        rules = rules == null ? List.of() : List.copyOf(rules);
        unit = blankToNull(unit);
        per = blankToNull(per);
        subject = blankToNull(subject);
    }

    /** Does the target need a unit before adoption: a number with none written and no "no unit" stated? */
    public boolean lacksUnit() {
        return value != null && unit == null && !noUnit;
    }

    public Target withId(Long newId) {
        return new Target(newId, subject, kind, comparator, value, valueMax, unit, noUnit, per, direction, perYear, year, deadline,
                baseline, span, rules);
    }

    /** Equal in everything an official can change (ids, spans and rule names aside). */
    public boolean sameContent(Target other) {
        return java.util.Objects.equals(subject, other.subject) && kind == other.kind && comparator == other.comparator
                && numericEquals(value, other.value) && numericEquals(valueMax, other.valueMax)
                && java.util.Objects.equals(unit, other.unit) && noUnit == other.noUnit && java.util.Objects.equals(per, other.per)
                && direction == other.direction && perYear == other.perYear && java.util.Objects.equals(year, other.year)
                && java.util.Objects.equals(deadline, other.deadline) && baselineEquals(baseline, other.baseline);
    }

    static boolean numericEquals(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private static boolean baselineEquals(Baseline a, Baseline b) {
        return a == null ? b == null : b != null && numericEquals(a.value(), b.value()) && java.util.Objects.equals(a.year(), b.year());
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
