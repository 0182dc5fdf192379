package vn.chitieu.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.chitieu.assessment.Period;

class PeriodPlanTests {
    @Test
    void opensTheYearsAndHalfYearsOfAFiveYearPlanAndItsBaselineYear() {
        var periods = PeriodPlan.of(LocalDate.of(2026, 1, 1), LocalDate.of(2030, 12, 31));

        assertThat(periods).extracting(Period::code).startsWith("2025", "2026-H1", "2026-H2", "2026").endsWith("2030-H2", "2030")
                .hasSize(1 + 5 * 3);
    }

    @Test
    void opensEveryMonthQuarterHalfAndNineMonthsOfAnAnnualPlan() {
        var periods = PeriodPlan.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));

        assertThat(periods).extracting(Period::code).contains("2025", "2026-01", "2026-03", "2026-Q1", "2026-H1", "2026-9M", "2026-12",
                "2026-Q4", "2026-H2", "2026").hasSize(1 + 12 + 4 + 2 + 1 + 1);
    }

    @Test
    void opensOnlyWhatAHalfYearPlanSpans() {
        var periods = PeriodPlan.of(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 12, 31));

        assertThat(periods).extracting(Period::code).containsExactly("2024", "2025-07", "2025-08", "2025-09", "2025-Q3", "2025-10",
                "2025-11", "2025-12", "2025-Q4", "2025-H2");
    }
}
