package vn.chitieu.reporting.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.MessageSource;
import vn.chitieu.assessment.Actual;
import vn.chitieu.assessment.AttainmentStatus;
import vn.chitieu.assessment.Attainment;
import vn.chitieu.assessment.Period;
import vn.chitieu.assessment.Reason;
import vn.chitieu.assessment.TrajectoryStatus;
import vn.chitieu.extraction.DocumentInfo;
import vn.chitieu.extraction.IndicatorGroup;
import vn.chitieu.extraction.Target.TargetKind;
import vn.chitieu.geography.AdministrativeUnit;
import vn.chitieu.monitoring.Assessments;
import vn.chitieu.monitoring.Assessments.TargetResult;
import vn.chitieu.plan.Indicator;
import vn.chitieu.plan.Resolution;
import vn.chitieu.plan.Target;
import vn.chitieu.plan.web.TargetWording;
import vn.chitieu.reporting.ImplementationReport;
import vn.chitieu.reporting.ImplementationReport.Appendix;
import vn.chitieu.reporting.ImplementationReport.Count;
import vn.chitieu.reporting.ImplementationReport.Heading;
import vn.chitieu.reporting.ImplementationReport.Row;
import vn.chitieu.reporting.ImplementationReport.Section;
import vn.chitieu.reporting.ImplementationReport.Signature;
import vn.chitieu.web.Formats;

/**
 * Writes a resolution's assessment for a period as the report's words: the heading of the
 * issuing People's Committee, a sentence per target with its value, its share of the plan and the
 * same period a year before, the targets at risk, and the indicator table.
 */
public final class ReportText {
    /** Trajectories that will not reach the plan in time at the present pace. */
    private static final Set<TrajectoryStatus> AT_RISK = Set.of(TrajectoryStatus.ACCELERATE, TrajectoryStatus.LIMITED,
            TrajectoryStatus.DETERIORATING);
    private static final List<String> ROMAN = List.of("I", "II", "III", "IV", "V", "VI", "VII", "VIII");

    private final MessageSource messages;
    private final Locale locale;

    public ReportText(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    /**
     * @param approvedPeriod whether the period's own report is approved; an official report (not a
     *     draft) of a period not yet approved says that it holds only the values approved so far
     */
    public ImplementationReport commune(Resolution resolution, AdministrativeUnit unit, Period period, Assessments.Result result,
            LocalDate today, boolean draft, boolean approvedPeriod) {
        String unitName = unit.fullName();
        String periodLabel = periodInSentence(period);
        DocumentInfo document = resolution.content().document();
        String number = document.number() == null || document.number().isBlank() ? null : document.number().strip();
        String date = issuedOn(document);
        String about = document.title() == null ? "" : " " + lowerFirst(document.title().strip().replaceAll("[.;,]+$", ""));
        String named = number == null ? msg("report.resolution.unnumbered") : msg("report.resolution.numbered", number);
        String subject = msg("report.subject", named, date, unitName, about, periodLabel);
        // "… về kế hoạch … 6 tháng cuối năm 2025, 6 tháng cuối năm 2025": the period once when the title names it
        String doubled = ", " + periodLabel;
        if (subject.endsWith(doubled) && subject.substring(0, subject.length() - doubled.length()).endsWith(periodLabel)) {
            subject = subject.substring(0, subject.length() - doubled.length());
        }
        List<String> title = List.of(msg("report.title"), subject);

        Map<Long, Target> targets = new HashMap<>();
        Map<Long, Indicator> indicatorOf = new HashMap<>();
        for (Indicator indicator : resolution.content().indicators()) {
            for (Target target : indicator.targets()) {
                targets.put(target.id(), target);
                indicatorOf.put(target.id(), indicator);
            }
        }
        // the groups in the order they first appear, each with its targets: one numbering for the table and the sections
        Map<IndicatorGroup, List<TargetResult>> byGroup = new LinkedHashMap<>();
        for (TargetResult t : result.targets()) {
            Indicator indicator = indicatorOf.get(t.targetId());
            IndicatorGroup group = indicator == null || indicator.group() == null ? IndicatorGroup.OTHER : indicator.group();
            byGroup.computeIfAbsent(group, g -> new ArrayList<>()).add(t);
        }
        TargetWording wording = TargetWording.of(messages, locale);
        List<Row> rows = new ArrayList<>();
        List<Section> sections = new ArrayList<>();
        List<String> atRisk = new ArrayList<>();
        Map<Integer, Integer> seenOfIndicator = new HashMap<>();
        int g = 0;
        for (Map.Entry<IndicatorGroup, List<TargetResult>> group : byGroup.entrySet()) {
            String heading = msg("report.group." + group.getKey());
            rows.add(Row.group(g < ROMAN.size() ? ROMAN.get(g) : String.valueOf(g + 1), heading));
            g++;
            List<String> paragraphs = new ArrayList<>();
            for (TargetResult t : group.getValue()) {
                Indicator indicator = indicatorOf.get(t.targetId());
                String what = subject(t, indicator);
                String plan = wording.describe(targets.get(t.targetId()));
                TargetFigures figures = TargetFigures.of(t, period);
                paragraphs.add(sentence(t, what, figures, plan, period));
                int k = seenOfIndicator.merge(t.indicatorNo(), 1, Integer::sum);
                boolean several = indicator != null && indicator.targets().size() > 1;
                Attainment a = t.assessment().attainment();
                String assessment = status(a.status()) + (figures.earlier() == null ? "" : msg("report.target.from", heading(figures.earlier())));
                rows.add(new Row(false, several ? t.indicatorNo() + "." + k : String.valueOf(t.indicatorNo()), what, t.unit(), plan,
                        a.required(), figures.actual(), a.estimate(), figures.lastYear(), round(a.percentOfPlan()),
                        figures.percentOfLastYear(), a.status(), assessment));
                if (t.assessment().trajectory() != null && AT_RISK.contains(t.assessment().trajectory().status())) {
                    atRisk.add(msg("report.atRisk.line", what, msg("monitor.trajectory." + t.assessment().trajectory().status()),
                            t.trajectoryReason()));
                }
            }
            sections.add(new Section(g + ". " + heading, paragraphs));
        }
        if (atRisk.isEmpty()) {
            atRisk.add(msg("report.atRisk.none"));
        }
        String summary = summary(result, indicatorOf);
        if (!draft && !approvedPeriod) {
            summary = summary + " " + msg("report.notApproved", periodLabel);
        }
        return new ImplementationReport(heading(unit, today), title, msg("report.addressee", unitName),
                draft ? msg("report.draft") : null, periodLabel, msg("report.results"), summary, counts(result.counts()),
                result.indicators().size(), sections, msg("report.atRisk"), atRisk, msg("report.closing", named, periodLabel, unitName),
                msg("report.recipients"), List.of(msg("report.recipient.standing", unitName), msg("report.recipient.members", unitName),
                        msg("report.recipient.archive")),
                new Signature(msg("report.onBehalf"), msg("report.position"), ""),
                new Appendix(msg("report.appendix.title", periodLabel.toUpperCase(locale)),
                        msg("report.appendix.subtitle", Formats.date(today, locale), unitName), columns(), rows, msg("report.estimate")),
                fileName("bao-cao", number == null ? "nq-" + resolution.id() : "nq-" + number, period.code(), draft, unit.name()),
                locale);
    }

    /** A target's subject; a target read without one is named by its indicator's text, never "null". */
    static String subject(TargetResult target, Indicator indicator) {
        if (target.subject() != null && !target.subject().isBlank()) {
            return target.subject().strip();
        }
        return indicator == null || indicator.text() == null ? "" : indicator.text().strip();
    }

    private String heading(Period period) {
        return Reason.heading(period, locale).substring(0, 1).toLowerCase(locale) + Reason.heading(period, locale).substring(1);
    }

    /** The heading of the unit's People's Committee, dated {@code today}. */
    public Heading heading(AdministrativeUnit unit, LocalDate today) {
        return new Heading(List.of(msg("report.issuer"), unit.fullName().toUpperCase(locale)), msg("report.number"),
                msg("report.nation"), msg("report.motto"), msg("report.placeAndDate", unit.name(), two(today.getDayOfMonth()),
                        two(today.getMonthValue()), String.valueOf(today.getYear())));
    }

    /** "6 tháng cuối năm 2025" as it stands inside a sentence. */
    public String periodInSentence(Period period) {
        return lowerFirst(Reason.heading(period, locale));
    }

    public List<Count> counts(Map<AttainmentStatus, Integer> byStatus) {
        List<Count> counts = new ArrayList<>();
        for (AttainmentStatus status : AttainmentStatus.values()) {
            int count = byStatus.getOrDefault(status, 0);
            if (count > 0) {
                counts.add(new Count(status, status(status), count));
            }
        }
        return counts;
    }

    /** " ngày 30/07/2025": the day the resolution was adopted (else signed), as a title names it; empty without one. */
    String issuedOn(DocumentInfo document) {
        LocalDate issued = document.adoptedOn() != null ? document.adoptedOn() : document.signedOn();
        return issued == null ? "" : msg("report.subject.date", date(issued));
    }

    public Locale locale() {
        return locale;
    }

    public String date(LocalDate date) {
        return Formats.date(date, locale);
    }

    public String status(AttainmentStatus status) {
        return msg("monitor.status." + status);
    }

    public String msg(String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    /** A file name without diacritics or spaces: "bao-cao-nq-15-NQ-HDND-2025-H2-Khoen-On.docx" without its extension. */
    public static String fileName(String kind, String what, String period, boolean draft, String place) {
        String raw = kind + "-" + what + "-" + period + "-" + place + (draft ? "-du-thao" : "");
        String plain = vn.chitieu.geography.UnitNames.searchKey(raw).replace('đ', 'd');
        return plain.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    /** The summary line, and the targets not met by their subjects ("…; các chỉ tiêu không đạt: Tỷ lệ che phủ rừng."). */
    private String summary(Assessments.Result result, Map<Long, Indicator> indicatorOf) {
        List<String> notMet = result.targets().stream().filter(t -> t.assessment().attainment().status() == AttainmentStatus.NOT_MET)
                .map(t -> subject(t, indicatorOf.get(t.targetId())).replaceAll("[.;,:]+$", "")).filter(w -> !w.isEmpty()).distinct()
                .toList();
        String summary = result.summary().strip().replaceAll("[.]+$", "");
        return notMet.isEmpty() ? summary + "." : msg("report.notMet", summary, String.join("; ", notMet));
    }

    private String sentence(TargetResult t, String subject, TargetFigures figures, String plan, Period period) {
        Attainment a = t.assessment().attainment();
        String status = status(a.status()).toLowerCase(locale);
        StringBuilder s = new StringBuilder();
        if (t.goal().kind() == TargetKind.MILESTONE && figures.milestone() != null) {
            Actual m = figures.milestone();
            s.append(Boolean.TRUE.equals(m.achieved())
                    ? msg("report.target.achieved", subject,
                            m.on() == null ? "" : msg("report.target.achievedOn", Formats.date(m.on(), locale)))
                    : msg("report.target.notAchieved", subject));
            s.append(msg("report.target.plan", plan)).append(msg("report.target.status", status));
        } else if (figures.actual() == null) {
            s.append(msg("report.target.noValue", subject, status, plan));
        } else {
            s.append(msg(a.estimate() ? "report.target.estimate" : "report.target.actual", subject, quantity(figures.actual(), t.unit())));
            if (figures.earlier() != null) {
                s.append(msg("report.target.from", heading(figures.earlier())));
            }
            s.append(a.percentOfPlan() != null ? msg("report.target.percent", percent(a.percentOfPlan()), plan)
                    : msg("report.target.plan", plan));
            if (figures.lastYear() != null) {
                s.append(msg("report.target.lastYear", quantity(figures.lastYear(), t.unit())));
                if (figures.percentOfLastYear() != null) {
                    s.append(msg("report.target.ofLastYear", percent(figures.percentOfLastYear())));
                }
            }
            s.append(msg("report.target.status", status));
        }
        if (t.note() != null && !t.note().isBlank()) {
            String note = t.note().strip();
            s.append(msg("report.target.note", note.matches(".*[.!?]$") ? note : note + "."));
        }
        return s.toString();
    }

    private List<String> columns() {
        return List.of(msg("report.column.no"), msg("report.column.indicator"), msg("report.column.unit"), msg("report.column.plan"),
                msg("report.column.actual"), msg("report.column.lastYear"), msg("report.column.percentOfPlan"),
                msg("report.column.percentOfLastYear"), msg("report.column.assessment"));
    }

    private String quantity(BigDecimal value, String unit) {
        String number = Formats.number(value, locale);
        return unit == null || unit.isBlank() ? number : number + " " + unit;
    }

    private String percent(BigDecimal value) {
        return Formats.number(value, 1, locale);
    }

    static BigDecimal round(BigDecimal percent) {
        return percent == null ? null : percent.setScale(1, RoundingMode.HALF_UP);
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : String.valueOf(n);
    }

    private String lowerFirst(String text) {
        if (text.isEmpty()) {
            return text;
        }
        // "Về Kế hoạch …" inside a sentence: only the first letter; names and acronyms keep their capitals
        return text.substring(0, 1).toLowerCase(locale) + text.substring(1);
    }
}
