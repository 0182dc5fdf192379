package vn.chitieu.extraction.period;

import java.time.LocalDate;

/**
 * A time expression and its role: the year a target holds by, a deadline, a baseline year, or
 * the plan's own period ({@code start}..{@code end}).
 */
public record PeriodMention(int start, int end, Role role, Integer year, LocalDate date, PlanKind planKind,
        LocalDate planStart, LocalDate planEnd, String rule) {

    public enum Role {
        YEAR,
        DEADLINE,
        BASELINE,
        PLAN
    }

    public enum PlanKind {
        FIVE_YEAR,
        ANNUAL,
        HALF_YEAR,
        OTHER
    }
}
