package vn.chitieu.sample;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import vn.chitieu.geography.AdministrativeUnit;
import vn.chitieu.plan.Indicator;
import vn.chitieu.plan.Resolution;
import vn.chitieu.plan.ResolutionContent;
import vn.chitieu.plan.ResolutionStatus;
import vn.chitieu.sample.CommuneSample.PlanSample;
import vn.chitieu.sample.People.Person;

/**
 * Generates one commune's data from the seed and the commune's code alone, so a commune comes out
 * the same whichever others are generated with it, in whatever order.
 */
final class CommuneSamples {
    private final SampleSettings settings;
    private final PlanReporting reporting;

    CommuneSamples(SampleSettings settings) {
        this.settings = settings;
        this.reporting = new PlanReporting(settings.asOf());
    }

    CommuneSample make(AdministrativeUnit commune, AdministrativeUnit province) {
        Random random = new Random(settings.seed() * 0x9E3779B97F4A7C15L ^ commune.code().hashCode());
        boolean urban = commune.type().equals("phường");
        String unitKind = Wording.capitalize(commune.type());
        Person officer = People.officer(commune, random);
        String chair = People.name(random);
        Person leader = People.leader(commune, chair);
        List<SamplePlan> plans = settings.plans();
        int firstYear = plans.stream().mapToInt(SamplePlan::baseYear).min().orElseThrow();
        Map<Measure, Course> courses = new LinkedHashMap<>();
        for (Measure measure : Measures.ALL) {
            if (measure.suits(urban)) {
                courses.put(measure, Course.of(measure, firstYear, settings.asOf().getYear(), random));
            }
        }
        List<PlanSample> samples = new ArrayList<>();
        for (SamplePlan plan : plans) {
            PlanTargets.Result targets = PlanTargets.make(plan, urban, unitKind, settings.targets(), courses, random);
            LocalDate adoptedOn = LocalDate.of(plan.baseYear(), 12, 8 + random.nextInt(18));
            Instant created = at(adoptedOn.plusDays(2 + random.nextInt(14)), random);
            Instant adopted = created.plusSeconds(86_400L + random.nextInt(2 * 86_400));
            Instant published = random.nextDouble() < 0.7 ? adopted.plusSeconds(86_400L + random.nextInt(4 * 86_400)) : null;
            ResolutionContent content = new ResolutionContent(PlanDocument.info(commune, province, plan, adoptedOn, chair, random),
                    PlanDocument.objectives(random), targets.indicators(), PlanDocument.tasks(random), List.of());
            Resolution resolution = new Resolution(null, commune.code(), published == null ? ResolutionStatus.ADOPTED : ResolutionStatus.PUBLISHED,
                    false, published == null ? 1 : 2, content, null, officer.username(), created, leader.username(),
                    published == null ? adopted : published, adopted, published);
            PlanReporting.Result reported = reporting.report(plan, targets.targets(), courses, adopted, officer.username(), leader.username(),
                    random);
            samples.add(new PlanSample(resolution, targets.indicators().stream().flatMap((Indicator i) -> i.targets().stream()).toList(),
                    reported.values(), reported.reports()));
        }
        return new CommuneSample(commune, List.of(officer, leader), samples);
    }

    private static Instant at(LocalDate day, Random random) {
        return day.atTime(8, 0).plusMinutes(random.nextInt(540)).atZone(PlanReporting.VIETNAM).toInstant();
    }
}
