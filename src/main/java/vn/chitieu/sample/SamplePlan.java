package vn.chitieu.sample;

import java.time.LocalDate;
import vn.chitieu.extraction.DocumentInfo.PeriodKind;

/** The span of a generated plan: a multi-year plan (five years by default) or the plan of one year. */
record SamplePlan(boolean fiveYear, int startYear, int endYear) {

    /** The year before the plan starts, whose values it is measured from. */
    int baseYear() {
        return startYear - 1;
    }

    LocalDate start() {
        return LocalDate.of(startYear, 1, 1);
    }

    LocalDate end() {
        return LocalDate.of(endYear, 12, 31);
    }

    PeriodKind kind() {
        if (!fiveYear) {
            return PeriodKind.ANNUAL;
        }
        return endYear - startYear == 4 ? PeriodKind.FIVE_YEAR : PeriodKind.OTHER;
    }
}
