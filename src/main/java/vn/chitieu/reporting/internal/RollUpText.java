package vn.chitieu.reporting.internal;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.chitieu.assessment.AttainmentStatus;
import vn.chitieu.assessment.Period;
import vn.chitieu.extraction.DocumentInfo;
import vn.chitieu.geography.AdministrativeUnit;
import vn.chitieu.geography.UnitNames;
import vn.chitieu.monitoring.Assessments;
import vn.chitieu.monitoring.PeriodStatus;
import vn.chitieu.plan.Resolution;
import vn.chitieu.reporting.RollUp;

/** Writes a province's roll-up: a line per commune's resolution, the totals, the targets most often not met. */
public final class RollUpText {
    /** How many of the targets most often not met the roll-up lists. */
    static final int OFTEN_NOT_MET = 20;

    private final ReportText text;

    public RollUpText(ReportText text) {
        this.text = text;
    }

    /** A commune's resolution assessed for the period, and where its report stands. */
    public record Entry(AdministrativeUnit unit, Resolution resolution, Assessments.Result result, PeriodStatus status) {}

    public RollUp rollUp(AdministrativeUnit province, Period period, List<Entry> entries, LocalDate today, boolean draft) {
        Collator collator = Collator.getInstance(new ULocale("vi"));
        List<Entry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparing((Entry e) -> e.unit().name(), collator::compare)
                .thenComparing(e -> e.resolution().id()));
        String periodLabel = text.periodInSentence(period);
        List<RollUp.Line> lines = new ArrayList<>();
        Map<AttainmentStatus, Integer> totals = new EnumMap<>(AttainmentStatus.class);
        Map<String, Tally> tallies = new LinkedHashMap<>();
        for (Entry e : sorted) {
            Map<AttainmentStatus, Integer> counts = new EnumMap<>(e.result().counts());
            counts.forEach((status, n) -> totals.merge(status, n, Integer::sum));
            lines.add(new RollUp.Line(e.unit().code(), e.unit().fullName(), resolutionName(e.resolution()),
                    e.status() == null ? text.msg("report.rollup.notStarted") : text.msg("monitor.report." + e.status()),
                    e.result().indicators().size(), counts));
            for (Assessments.TargetResult t : e.result().targets()) {
                String subject = ReportText.subject(t, null);
                if (subject.isEmpty()) {
                    continue;
                }
                String key = UnitNames.searchKey(subject) + "|" + (t.unit() == null ? "" : UnitNames.searchKey(t.unit()));
                Tally tally = tallies.computeIfAbsent(key, k -> new Tally(subject, t.unit()));
                tally.communes.add(e.unit().code());
                if (t.assessment().attainment().status() == AttainmentStatus.NOT_MET) {
                    tally.notMet.add(e.unit().code());
                }
            }
        }
        List<RollUp.OftenNotMet> often = tallies.values().stream().filter(t -> !t.notMet.isEmpty())
                .sorted(Comparator.comparingInt((Tally t) -> -t.notMet.size()).thenComparing(t -> t.subject, collator::compare))
                .limit(OFTEN_NOT_MET)
                .map(t -> new RollUp.OftenNotMet(t.subject, t.unit, t.notMet.size(), t.communes.size())).toList();
        List<String> columns = new ArrayList<>(List.of(text.msg("report.column.no"), text.msg("report.rollup.column.commune"),
                text.msg("report.rollup.column.resolution"), text.msg("report.rollup.column.report"),
                text.msg("report.rollup.column.indicators")));
        for (AttainmentStatus status : AttainmentStatus.values()) {
            columns.add(text.status(status));
        }
        return new RollUp(text.heading(province, today), List.of(text.msg("report.title"), text.msg("report.rollup.subject", periodLabel)),
                draft ? text.msg("report.draft") : null, periodLabel,
                text.msg("report.rollup.summary", lines.stream().map(RollUp.Line::unitCode).distinct().count(), lines.size(),
                        entries.stream().filter(e -> e.status() == PeriodStatus.APPROVED).count(), lines.size()),
                columns, lines, text.counts(totals),
                text.msg("report.rollup.oftenNotMet"), List.of(text.msg("report.column.no"), text.msg("report.column.indicator"),
                        text.msg("report.column.unit"), text.msg("report.rollup.column.notMet"), text.msg("report.rollup.column.having")),
                often,
                ReportText.fileName("tong-hop", province.fullName(), period.code(), draft, ""), text.locale());
    }

    private String resolutionName(Resolution resolution) {
        DocumentInfo document = resolution.content().document();
        return text.msg("report.rollup.resolution", document.number() == null ? "" : document.number(), text.issuedOn(document));
    }

    /** A target's subject across communes: those that have it and those that did not meet it. */
    private static final class Tally {
        final String subject;
        final String unit;
        final Set<String> communes = new HashSet<>();
        final Set<String> notMet = new HashSet<>();

        Tally(String subject, String unit) {
            this.subject = subject;
            this.unit = unit;
        }
    }
}
