package vn.chitieu.monitoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.chitieu.assessment.Period;

/**
 * The periods a plan opens for reporting once it is adopted: its baseline year (the year before it
 * starts), then for a plan of a year or less every month, quarter and half-year it spans (and nine
 * months and the year when it spans them), for a longer plan every year and half-year.
 */
public final class PeriodPlan {
    private PeriodPlan() {}

    public static List<Period> of(LocalDate start, LocalDate end) {
        List<Period> periods = new ArrayList<>();
        periods.add(Period.year(start.getYear() - 1));
        boolean short_ = end.isBefore(start.plusYears(1));
        for (int year = start.getYear(); year <= end.getYear(); year++) {
            List<Period> candidates = new ArrayList<>();
            if (short_) {
                for (int month = 1; month <= 12; month++) {
                    candidates.add(new Period(year, Period.Kind.MONTH, month));
                }
                for (int quarter = 1; quarter <= 4; quarter++) {
                    candidates.add(new Period(year, Period.Kind.QUARTER, quarter));
                }
                candidates.add(new Period(year, Period.Kind.NINE_MONTHS, 0));
            }
            candidates.add(new Period(year, Period.Kind.HALF_YEAR, 1));
            candidates.add(new Period(year, Period.Kind.HALF_YEAR, 2));
            candidates.add(Period.year(year));
            candidates.stream().filter(p -> !p.start().isBefore(start) && !p.end().isAfter(end)).sorted().forEach(periods::add);
        }
        return periods;
    }
}
