package vn.chitieu.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.chitieu.assessment.Period;

class OverdueReportsTests {

    @Test
    void aPlanOwesItsHalfYearsAndYearsNotItsMonthsQuartersNorItsBaseline() {
        assertThat(OverdueReports.expected(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 12, 31))).extracting(Period::code)
                .containsExactly("2025-H2");
        assertThat(OverdueReports.expected(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31))).extracting(Period::code)
                .containsExactly("2026-H1", "2026-H2", "2026");
        assertThat(OverdueReports.expected(LocalDate.of(2026, 1, 1), LocalDate.of(2030, 12, 31))).hasSize(15)
                .extracting(Period::code).startsWith("2026-H1", "2026-H2", "2026").endsWith("2030");
    }
}
