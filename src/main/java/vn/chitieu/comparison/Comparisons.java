package vn.chitieu.comparison;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import vn.chitieu.assessment.Actual;
import vn.chitieu.assessment.Assessment;
import vn.chitieu.assessment.Assessor;
import vn.chitieu.assessment.AttainmentStatus;
import vn.chitieu.assessment.ChangeMode;
import vn.chitieu.assessment.Nature;
import vn.chitieu.assessment.Period;
import vn.chitieu.catalog.Catalog;
import vn.chitieu.catalog.CatalogIndicator;
import vn.chitieu.catalog.CatalogMappings;
import vn.chitieu.comparison.internal.ComparisonRepository;
import vn.chitieu.comparison.internal.ComparisonRepository.MappedTarget;
import vn.chitieu.comparison.internal.ComparisonRepository.Value;
import vn.chitieu.extraction.Target.Baseline;
import vn.chitieu.extraction.Target.Comparator;
import vn.chitieu.extraction.Target.Direction;
import vn.chitieu.extraction.Target.TargetKind;
import vn.chitieu.geography.AdministrativeUnit;
import vn.chitieu.geography.AdministrativeUnits;
import vn.chitieu.monitoring.Assessments;
import vn.chitieu.plan.ResolutionProblem;
import vn.chitieu.plan.ResolutionRejected;
import vn.chitieu.plan.Resolutions;
import vn.chitieu.plan.Target;
import vn.chitieu.plan.UnknownUnit;
import vn.chitieu.plan.web.TargetWording;
import vn.chitieu.security.Actor;
import vn.chitieu.web.Formats;

/**
 * A province's communes side by side on one catalogue indicator: each commune's target mapped to
 * it, judged for the period by the assessment module from the values the reader may see (approved
 * ones for those outside the commune's scope; published plans only for visitors).
 */
@Service
public class Comparisons {
    private final ComparisonRepository repository;
    private final Catalog catalog;
    private final CatalogMappings mappings;
    private final AdministrativeUnits units;
    private final Resolutions resolutions;
    private final MessageSource messages;
    private final Assessor assessor = new Assessor();
    private static final long LOOK_AGAIN_MILLIS = 5 * 60_000;
    private final Map<String, Long> lookedFor = new java.util.concurrent.ConcurrentHashMap<>();
    private final Clock clock;

    Comparisons(ComparisonRepository repository, Catalog catalog, CatalogMappings mappings, AdministrativeUnits units,
            Resolutions resolutions, MessageSource messages, Optional<Clock> clock) {
        this.mappings = mappings;
        this.messages = messages;
        this.repository = repository;
        this.catalog = catalog;
        this.units = units;
        this.resolutions = resolutions;
        this.clock = clock.orElse(Clock.system(Formats.VIETNAM));
    }

    /**
     * Not one transaction: the proposals for plans without any are made first, each in its own
     * (holding a reader's connection while asking for a second one would let 20 readers take the
     * whole pool and wait on one another), then three reads.
     */
    public Comparison compare(String provinceCode, String indicatorCode, String periodCode, Optional<Actor> actor, Locale locale) {
        AdministrativeUnit province = units.find(provinceCode).filter(u -> u.level() == AdministrativeUnit.Level.PROVINCE)
                .orElseThrow(() -> new UnknownUnit(provinceCode));
        CatalogIndicator indicator = catalog.find(indicatorCode).orElseThrow(() -> new ResolutionRejected(
                new ResolutionProblem("compare.problem.indicator", "indicator", String.valueOf(indicatorCode))));
        Period period;
        try {
            period = Period.parse(periodCode);
        } catch (IllegalArgumentException e) {
            throw new ResolutionRejected(new ResolutionProblem("plan.problem.periodInvalid", "period", periodCode));
        }
        LocalDate today = LocalDate.now(clock);
        proposeMissing(province.code());
        Map<String, Boolean> inScope = new java.util.HashMap<>();
        List<MappedTarget> targets = repository.mapped(province.code(), indicator.code()).stream()
                .filter(t -> "PUBLISHED".equals(t.status()) || inScope.computeIfAbsent(t.unitCode(), u -> resolutions.inScope(u, actor)))
                .filter(t -> t.planStart() == null || t.planEnd() == null
                        || !period.end().isBefore(t.planStart()) && !period.start().isAfter(t.planEnd()))
                .toList();
        TargetWording wording = TargetWording.of(messages, locale);
        Map<Long, List<Value>> values = repository.values(targets.stream().map(MappedTarget::targetId).toList());
        Map<Long, String> reports = repository.reportStates(targets.stream().map(MappedTarget::resolutionId).distinct().toList(),
                period.code());
        List<Comparison.Row> rows = new ArrayList<>();
        Set<String> having = new HashSet<>();
        Set<Long> reported = new HashSet<>();
        Map<AttainmentStatus, Integer> counts = new EnumMap<>(AttainmentStatus.class);
        for (MappedTarget t : targets) {
            boolean own = inScope.computeIfAbsent(t.unitCode(), u -> resolutions.inScope(u, actor));
            List<Actual> known = values.getOrDefault(t.targetId(), List.of()).stream().filter(v -> own || v.approved())
                    .map(v -> new Actual(Period.parse(v.period()), v.value(), v.achieved(), v.achievedOn(), v.estimate()))
                    .filter(a -> !a.period().end().isAfter(period.end())).sorted(java.util.Comparator.comparing(Actual::period)).toList();
            Target target = target(t);
            Assessment assessment = assessor.assess(Assessments.goal(target, t.planStart(), t.planEnd(),
                    t.nature() == null ? null : Nature.valueOf(t.nature()), t.changeMode() == null ? null : ChangeMode.valueOf(t.changeMode())),
                    known, period, today);
            Optional<Actual> latest = known.stream().filter(a -> a.value() != null).reduce((a, b) -> b);
            AdministrativeUnit commune = units.find(t.unitCode()).orElse(null);
            // a report's state is the commune's working business until it is approved, as on its own pages
            String report = own || "APPROVED".equals(reports.get(t.resolutionId())) ? reports.get(t.resolutionId()) : null;
            if ("SUBMITTED".equals(report) || "APPROVED".equals(report)) {
                reported.add(t.resolutionId());
            }
            having.add(t.unitCode());
            counts.merge(assessment.attainment().status(), 1, Integer::sum);
            rows.add(new Comparison.Row(t.unitCode(), commune == null ? t.unitCode() : commune.fullName(), t.resolutionId(), t.number(),
                    t.targetId(), t.subject(), wording.describe(target), latest.map(Actual::value).orElse(null), latest.map(a -> a.period().code()).orElse(null),
                    latest.map(Actual::estimate).orElse(false), assessment.attainment().status(), assessment.attainment().percentOfPlan(),
                    assessment.trajectory() == null ? null : assessment.trajectory().status(), assessment.attainment().reason().in(locale),
                    report, own));
        }
        Collator collator = Collator.getInstance(new ULocale(locale.getLanguage()));
        List<AdministrativeUnit> communes = units.communesOf(province.code());
        for (AdministrativeUnit commune : communes) {
            if (!having.contains(commune.code())) {
                rows.add(new Comparison.Row(commune.code(), commune.fullName(), null, null, null, null, null, null, null, false, null, null,
                        null, null, null, false));
            }
        }
        // by the commune's own name, whatever its kind (xã, phường, đặc khu)
        Map<String, String> names = new java.util.HashMap<>();
        communes.forEach(c -> names.put(c.code(), c.name()));
        rows.sort(java.util.Comparator.comparing(Comparison.Row::hasIndicator).reversed()
                .thenComparing((Comparison.Row r) -> names.getOrDefault(r.unitCode(), r.unitName()), collator::compare));
        List<Comparison.StatusCount> byStatus = new ArrayList<>();
        for (AttainmentStatus status : AttainmentStatus.values()) {
            byStatus.add(new Comparison.StatusCount(status, counts.getOrDefault(status, 0)));
        }
        String name = "en".equals(locale.getLanguage()) ? indicator.nameEn() : indicator.nameVi();
        return new Comparison(province.code(), province.fullName(), indicator.code(), name, indicator.unit(),
                indicator.direction().name(), period.code(), rows,
                new Comparison.Summary(communes.size(), having.size(), reported.size(), byStatus));
    }

    /**
     * Plans written by other programs (the benchmark's generator) or before the catalogue get their
     * proposals here, looked for at most every few minutes per province: imports and saves make
     * theirs as they happen.
     */
    private void proposeMissing(String provinceCode) {
        long now = System.currentTimeMillis();
        Long last = lookedFor.get(provinceCode);
        if (last == null || now - last > LOOK_AGAIN_MILLIS) {
            mappings.proposeMissing(provinceCode);
            lookedFor.put(provinceCode, now);
        }
    }

    /** The target as the plan module has it, to be written in words as everywhere else. */
    private static Target target(MappedTarget t) {
        return new Target(t.targetId(), t.subject(), TargetKind.valueOf(t.kind()),
                t.comparator() == null ? null : Comparator.valueOf(t.comparator()), t.value(), t.valueMax(), t.unit(), false, null,
                t.direction() == null ? null : Direction.valueOf(t.direction()), t.perYear(), t.year(), t.deadline(),
                t.baselineValue() == null ? null : new Baseline(t.baselineValue(), t.baselineYear()), null, List.of());
    }
}
