package vn.chitieu.extraction;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One measurable target of an indicator: one value the text states, with how it is judged.
 *
 * @param rules names of the rules that produced it, for the reviewer
 */
public record Target(
        String subject,
        TargetKind kind,
        Comparator comparator,
        BigDecimal value,
        BigDecimal valueMax,
        String unit,
        String per,
        Direction direction,
        boolean perYear,
        Integer year,
        LocalDate deadline,
        Baseline baseline,
        Span span,
        List<String> rules) {

    public Target {
        rules = List.copyOf(rules);
    }

    public enum TargetKind {
        LEVEL,
        CHANGE,
        MAINTAIN,
        MILESTONE
    }

    public enum Comparator {
        GE,
        GT,
        LE,
        LT,
        EQ,
        APPROX,
        RANGE
    }

    public enum Direction {
        UP,
        DOWN
    }

    /** What a change or level is measured against: a year, or a stated value. */
    public record Baseline(BigDecimal value, Integer year) {}
}
