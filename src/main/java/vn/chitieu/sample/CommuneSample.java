package vn.chitieu.sample;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.chitieu.assessment.Period;
import vn.chitieu.geography.AdministrativeUnit;
import vn.chitieu.monitoring.PeriodStatus;
import vn.chitieu.plan.Resolution;
import vn.chitieu.plan.Target;
import vn.chitieu.sample.People.Person;

/**
 * Everything generated for one commune, before it has ids: its officer and leader, and its adopted
 * resolutions, each with the values entered and where each period's report stands.
 */
record CommuneSample(AdministrativeUnit commune, List<Person> people, List<PlanSample> plans) {

    /**
     * One resolution as the application would hold it after an import, an adoption and months of reporting.
     *
     * @param targets the resolution's targets in the order of its indicators
     */
    record PlanSample(Resolution resolution, List<Target> targets, List<Entry> values, List<Report> reports) {}

    /**
     * A value entered for a target and period.
     *
     * @param target the target's place in {@link PlanSample#targets()}
     */
    record Entry(int target, Period period, BigDecimal value, Boolean achieved, LocalDate on, boolean estimate, String note, String by,
            Instant at) {}

    /** Where a period's report stands, and the steps that took it there (none for a period never submitted). */
    record Report(Period period, PeriodStatus status, List<Step> steps) {

        /** The last step's reason: why a returned report went back. */
        String reason() {
            return steps.isEmpty() ? null : steps.get(steps.size() - 1).reason();
        }
    }

    /** One move of the reporting workflow. */
    record Step(PeriodStatus from, PeriodStatus to, String reason, String by, Instant at) {}
}
