package vn.chitieu.assessment;

import java.math.BigDecimal;
import java.time.LocalDate;
import vn.chitieu.extraction.Target.Comparator;
import vn.chitieu.extraction.Target.Direction;
import vn.chitieu.extraction.Target.TargetKind;

/**
 * A target as the assessment reads it: its fields from spec/extraction.md, the plan's span, and the
 * two choices an official may change (nature, change mode).
 *
 * @param year the target's year; {@code null} for the plan's end
 * @param baselineValue the stated baseline, else {@code null} (the baseline period's actual is used)
 * @param baselineYear the stated baseline year, else {@code null} (the year before the plan starts)
 */
public record Goal(String subject, TargetKind kind, Comparator comparator, BigDecimal value, BigDecimal valueMax, String unit,
        Direction direction, boolean perYear, Integer year, LocalDate deadline, BigDecimal baselineValue, Integer baselineYear,
        Nature nature, ChangeMode changeMode, LocalDate planStart, LocalDate planEnd) {

    public Goal {
        if (kind == null || planStart == null || planEnd == null || planEnd.isBefore(planStart)) {
            throw new IllegalArgumentException("a goal needs its kind and the plan's start and end");
        }
        nature = nature != null ? nature : Nature.guess(subject, unit, kind);
        changeMode = changeMode != null ? changeMode : ChangeMode.guess(subject, unit, null);
    }

    /** When the target must be reached: the end of its year (within the plan), else the plan's end. */
    public LocalDate horizonEnd() {
        if (year == null || year >= planEnd.getYear()) {
            return planEnd;
        }
        return LocalDate.of(year, 12, 31);
    }

    public int targetYear() {
        return horizonEnd().getYear();
    }

    /** The year the baseline belongs to: the stated one, else the year before the plan starts. */
    public int baseYear() {
        return baselineYear != null ? baselineYear : planStart.getYear() - 1;
    }

    /** Higher is better for GE, GT and CHANGE UP; lower for LE, LT and CHANGE DOWN. */
    public boolean higherIsBetter() {
        if (kind == TargetKind.CHANGE) {
            return direction != Direction.DOWN;
        }
        return comparator != Comparator.LE && comparator != Comparator.LT;
    }
}
