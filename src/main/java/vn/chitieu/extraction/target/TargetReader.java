package vn.chitieu.extraction.target;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.chitieu.document.VietnameseText;
import vn.chitieu.extraction.Lookback;
import vn.chitieu.extraction.Span;
import vn.chitieu.extraction.Target;
import vn.chitieu.extraction.Target.Baseline;
import vn.chitieu.extraction.Target.Comparator;
import vn.chitieu.extraction.Target.Direction;
import vn.chitieu.extraction.Target.TargetKind;
import vn.chitieu.extraction.comparator.ComparatorExpression;
import vn.chitieu.extraction.comparator.Comparators;
import vn.chitieu.extraction.period.PeriodMention;
import vn.chitieu.extraction.period.PeriodMention.Role;
import vn.chitieu.extraction.period.Periods;
import vn.chitieu.extraction.quantity.Quantity;

/**
 * Reads the measurable targets of one indicator: one target per value the text states, each with
 * its kind, comparator, unit, year, baseline and the names of the rules that decided them. An
 * indicator that states no value is one MILESTONE.
 */
public final class TargetReader {
    /** A number with no unit is a target value only right after one of these words. */
    private static final Pattern VALUE_LEAD = Pattern.compile(
            "(?:đạt|là|lên|còn|tăng|giảm|thêm|:|trên|dưới|khoảng|hơn|tối thiểu|ít nhất|không quá|tối đa|xấp xỉ|bằng)\\s*$");
    /** "dự toán tỉnh giao là 1.166 triệu": a stated reference value, not a target. */
    private static final Pattern REFERENCE = Pattern.compile("(dự toán|kế hoạch)(?:\\s+(?:tỉnh|huyện|cấp trên|trên))?\\s+giao\\s*(?:là|:)?\\s*$");
    private static final Pattern RANK = Pattern.compile("(?:thuộc\\s+)?(?:nhóm|tốp|top)\\s*$");
    private static final Pattern RANK_AFTER = Pattern.compile("^[^;.]{0,40}?(?:dẫn đầu|đứng đầu|cao nhất|xếp hạng)");
    private static final Pattern PER_AREA = Pattern.compile("trên\\s+(?:một|1)\\s+(?:đơn vị diện tích|ha)(?![\\p{L}])");
    private static final Pattern PER_YEAR_AVERAGE = Pattern.compile("bình quân\\s+năm\\s");
    private static final Pattern NOT_A_SUBJECT = Pattern.compile("(?:trên|dưới|khoảng|ít nhất|tối thiểu|đạt|[\\s,+\\-])");
    /** "trên 1 vạn dân", "trên 1.000 dân": what a rate is counted per, not a value. */
    private static final Pattern PER_POPULATION = Pattern.compile(
            "(?:trên|/)\\s*(?:1|một|01)?\\s*((?:vạn|nghìn|ngàn|1\\.000|10\\.000|100\\.000)\\s+(?:dân|người dân|người))(?![\\p{L}])");
    private static final Pattern EVERY_YEAR = Pattern.compile("(?:hằng|hàng|mỗi)\\s+năm");
    private static final Pattern ACHIEVEMENT = Pattern.compile(
            "(?<![\\p{L}])(?:đạt chuẩn|đạt (?:bộ )?tiêu chí|đạt danh hiệu|được công nhận|hoàn thành|không để|không còn|không có|không xảy ra)(?![\\p{L}])");
    /** "… xuống dưới 5%", "… lên 57,96 km": the value is a level to reach even after "giảm", "nâng". */
    private static final Pattern LEVEL_LEAD = Pattern.compile("(?<![\\p{L}])(?:xuống|lên)(?:\\s+(?:còn|dưới|mức))?\\s*$");
    /** What may stand between two values that share one verb: "02 hợp tác xã … và 03 sản phẩm". */
    private static final Pattern JOINED = Pattern.compile("[^;:]{0,60}?(?:\\s+và|,)\\s*(?:ít nhất|tối thiểu|từ)?\\s*");
    private static final Pattern SO_VOI_END = Pattern.compile("so với\\s*$");
    private static final Pattern COUNTED_WHOLE = Pattern.compile("(?:cả|tất cả)\\s*$");

    private static final Pattern MAINTAIN =
            Pattern.compile("(?<![\\p{L}])(?:duy trì|giữ vững|giữ ổn định|ổn định (?:ở mức|khoảng|trên|đạt))(?![\\p{L}])");
    private static final Pattern CHANGE_VERB = Pattern.compile(
            "(?<![\\p{L}])(mức tăng|mức giảm|tăng thêm|tăng|giảm|có thêm|thêm)(?![\\p{L}])");
    private static final Pattern CHANGE_NOT_A_CHANGE = Pattern.compile("^(?:\\s+(?:trưởng|lên|xuống|còn|cường))");
    private static final Pattern NOUN_PHRASE_BEFORE = Pattern.compile("(?:tỷ lệ|tốc độ|tỉ lệ)\\s*$");
    private static final Pattern PER_YEAR = Pattern.compile(
            "bình quân\\s*(?:(?:hằng|hàng|mỗi)\\s+năm|/\\s*năm)|(?:tăng|giảm)(?:\\s+\\S+)?\\s+bình quân|bình quân(?:\\s+\\S+){0,3}\\s*$");
    private static final Pattern RESTATEMENT = Pattern.compile("(?:(?<![\\p{L}])là|tương đương|tương ứng|,)\\s*$|^\\s*\\(");

    private final List<String> warnings;
    private final int indicatorNo;
    private final Map<Clause, Optional<Integer>> inheritedYears = new IdentityHashMap<>();

    public TargetReader(int indicatorNo, List<String> warnings) {
        this.indicatorNo = indicatorNo;
        this.warnings = warnings;
    }

    /** A line of the indicator (its first line or a bullet under it) with its offset in the text. */
    public record Line(String text, int start, boolean bullet) {}

    public List<Target> read(List<Line> lines) {
        List<Clause> clauses = Clauses.of(lines);
        List<BigDecimal> references = new ArrayList<>();
        List<String> referenceNames = new ArrayList<>();
        List<Target> targets = new ArrayList<>();
        String label = null;
        String previousSubject = null;
        Target sentenceFirst = null;
        for (Clause clause : clauses) {
            if (clause.firstOfSentence()) {
                label = null;
                sentenceFirst = null;
            }
            String folded = clause.folded();
            List<PeriodMention> periods = Periods.find(folded);
            Matcher perPopulation = PER_POPULATION.matcher(folded);
            String populationPer = null;
            List<int[]> perSpans = new ArrayList<>();
            while (folded.contains("dân") && perPopulation.find()) {
                populationPer = perPopulation.group(1).replace("ngàn", "nghìn");
                perSpans.add(new int[] {perPopulation.start(), perPopulation.end()});
            }
            List<ComparatorExpression> expressions = Comparators.find(folded);
            int from = 0;
            Target previousInClause = null;
            int colon = labelColon(clause.text());
            if (clause.firstOfSentence() && colon >= 0 && expressions.stream().anyMatch(e -> e.start() > colon)) {
                label = Subjects.clean(clause.text().substring(0, colon));
            }
            int targetsBefore = targets.size();
            for (ComparatorExpression e : expressions) {
                Quantity q = e.quantity();
                String before = Lookback.tail(folded.substring(0, q.start()));
                if (insidePeriod(periods, q) || perSpans.stream().anyMatch(p -> q.start() < p[1] && p[0] < q.end())) {
                    continue;
                }
                if (q.unit() == null && !VALUE_LEAD.matcher(Lookback.tail(folded.substring(from, q.start()))).find()
                        && !(mentionsRank(before) && RANK.matcher(before).find())) {
                    continue;
                }
                if (before.contains("cả") && COUNTED_WHOLE.matcher(before).find()) {
                    continue;
                }
                if (previousInClause != null && describesPrevious(folded, from, e)) {
                    continue;
                }
                Matcher ref = REFERENCE.matcher(before);
                if (before.contains("giao") && ref.find() && !SO_VOI_END.matcher(before.substring(0, ref.start())).find()) {
                    references.add(q.value());
                    referenceNames.add(ref.group(0).replaceAll("\\s*(?:là|:)\\s*$", "").strip());
                    from = e.end();
                    continue;
                }
                List<String> rules = new ArrayList<>();
                rules.add(q.rule());
                rules.add(e.rule());
                String window = folded.substring(from, q.start());
                Target target;
                if (mentionsRank(before) && RANK.matcher(before).find() && RANK_AFTER.matcher(folded.substring(q.end())).find()) {
                    rules.add("'thuộc nhóm N … dẫn đầu': a rank to stay within");
                    String subject = Subjects.clean(clause.text().substring(0, q.start() - before.length() + rankStart(before)));
                    target = target(subject, TargetKind.LEVEL, Comparator.LE, q.value(), null, "thứ hạng", null, null, false,
                            year(clause, periods), null, null, clause, e, rules);
                } else if (previousInClause != null && previousInClause.kind() == TargetKind.CHANGE
                        && RESTATEMENT.matcher(Lookback.tail(window)).find() && !mentionsChange(window)) {
                    rules.add("a value restated after 'là': the same change in other units");
                    target = target(previousInClause.subject(), TargetKind.CHANGE, e.comparator(), q.value(), q.valueMax(),
                            q.unit(), null, previousInClause.direction(), previousInClause.perYear(), previousInClause.year(),
                            null, previousInClause.baseline(), clause, e, rules);
                } else {
                    target = judged(clause, e, from, periods, label, previousSubject, references, referenceNames, rules,
                            sentenceFirst == null ? null : sentenceFirst.unit(), previousInClause);
                }
                if (populationPer != null && target.per() == null) {
                    target = withPer(target, populationPer);
                }
                if (target.unit() == null) {
                    warnings.add("value with no unit: '" + clause.text().substring(0, Math.min(clause.text().length(), e.end())).strip()
                            + "' (indicator " + indicatorNo + ")");
                }
                targets.add(target);
                if (sentenceFirst == null) {
                    sentenceFirst = target;
                }
                previousInClause = target;
                previousSubject = target.subject();
                from = e.end();
            }
            if (targets.size() == targetsBefore && isAchievement(clause)) {
                Target milestone = milestone(List.of(new Line(clause.text(), clause.start(), false)));
                if (milestone.year() == null) {
                    milestone = withYear(milestone, year(clause, List.of()));
                }
                targets.add(milestone);
            }
        }
        if (targets.isEmpty()) {
            targets.add(milestone(lines));
        }
        return targets;
    }

    private Target judged(Clause clause, ComparatorExpression e, int from, List<PeriodMention> periods, String label,
            String previousSubject, List<BigDecimal> references, List<String> referenceNames, List<String> rules,
            String leadUnit, Target previousInClause) {
        String folded = clause.folded();
        Quantity q = e.quantity();
        String window = folded.substring(from, e.start());
        String lead = clause.firstOfSentence() || !startsWithValue(window) ? "" : clause.sentenceLead();
        TargetKind kind = TargetKind.LEVEL;
        Direction direction = null;
        Verb verb = LEVEL_LEAD.matcher(Lookback.tail(window)).find() ? null : changeVerb(window);
        if (verb == null && !lead.isEmpty() && java.util.Objects.equals(leadUnit, q.unit())) {
            verb = changeVerb(lead);
        }
        if (verb == null && previousInClause != null && previousInClause.kind() == TargetKind.CHANGE
                && JOINED.matcher(window).matches()) {
            verb = new Verb(previousInClause.direction() == Direction.DOWN ? "giảm" : "thêm", 0, 0, "");
            rules.add("a value joined by 'và' or ',' to a change: the same verb applies");
        }
        String beforeValue = folded.substring(0, e.start());
        boolean average = beforeValue.contains("bình quân");
        boolean perYearMarker = (average || mentionsChange(beforeValue)) && PER_YEAR.matcher(beforeValue).find()
                || (average && ("năm".equals(q.per()) || EVERY_YEAR.matcher(folded).find()));
        if (verb != null && (!verb.isNounPhrase() || perYearMarker)) {
            kind = TargetKind.CHANGE;
            direction = verb.word().contains("giảm") ? Direction.DOWN : Direction.UP;
            rules.add("'" + verb.word() + "' before the value: a change " + (direction == Direction.UP ? "up" : "down"));
        } else if (mentionsMaintain(folded, q.start()) && MAINTAIN.matcher(folded.substring(0, q.start())).find()
                || mentionsMaintain(lead, lead.length()) && MAINTAIN.matcher(lead).find()) {
            kind = TargetKind.MAINTAIN;
            rules.add("'duy trì' before the value: a level to keep");
        } else {
            rules.add("a value to reach: a level");
        }
        boolean perYear = kind == TargetKind.CHANGE && (perYearMarker || "năm".equals(q.per()));
        if (perYear) {
            rules.add("'bình quân … /năm': an average change per year");
        }
        String per = perYear && "năm".equals(q.per()) ? null : per(q, folded);
        Baseline baseline = baseline(folded, periods, references, referenceNames);
        String subject = subject(clause, e, from, label, previousSubject, kind);
        LocalDate deadline = null;
        for (PeriodMention p : periods) {
            if (p.role() == Role.DEADLINE) {
                deadline = p.date();
                kind = TargetKind.MILESTONE;
                direction = null;
                perYear = false;
                rules.add("a value to deliver by a date: a milestone with its value and deadline");
                break;
            }
        }
        return target(subject, kind, e.comparator(), q.value(), q.valueMax(), q.unit(), per, direction, perYear,
                deadline == null ? year(clause, periods) : null, deadline, baseline, clause, e, rules);
    }

    /** A change verb found in a stretch of folded text. */
    private record Verb(String word, int start, int end, String text) {
        boolean isNounPhrase() {
            return NOUN_PHRASE_BEFORE.matcher(Lookback.tail(text.substring(0, start))).find()
                    || (word.equals("tăng") && text.startsWith(" trưởng", end));
        }
    }

    /** The last change verb in {@code text} that really announces a change ("tăng lên", "giảm còn" do not). */
    private static Verb changeVerb(String text) {
        if (!mentionsChange(text)) {
            return null;
        }
        Matcher m = CHANGE_VERB.matcher(text);
        Verb last = null;
        while (m.find()) {
            boolean levelPhrase = CHANGE_NOT_A_CHANGE.matcher(text.substring(m.end())).lookingAt();
            boolean growthNoun = text.startsWith(" trưởng", m.end());
            if (levelPhrase && !growthNoun && !m.group(1).startsWith("mức")) {
                continue;
            }
            last = new Verb(m.group(1), m.start(), m.end(), text);
        }
        return last;
    }

    private static boolean startsWithValue(String window) {
        return window.length() < 40 && NOT_A_SUBJECT.matcher(window).replaceAll("").isEmpty();
    }

    private static String per(Quantity q, String folded) {
        if (q.per() != null) {
            return q.per();
        }
        if (folded.contains("ha") && PER_AREA.matcher(folded).find()) {
            return "ha";
        }
        if (folded.contains("bình quân") && PER_YEAR_AVERAGE.matcher(folded.substring(0, q.start())).find()) {
            return "năm";
        }
        return null;
    }

    private static Baseline baseline(String folded, List<PeriodMention> periods, List<BigDecimal> references,
            List<String> referenceNames) {
        for (PeriodMention p : periods) {
            if (p.role() == Role.BASELINE) {
                return new Baseline(null, p.year());
            }
        }
        for (int i = 0; i < referenceNames.size(); i++) {
            if (folded.contains("so với " + referenceNames.get(i))) {
                return new Baseline(references.get(i), null);
            }
        }
        return null;
    }

    /** The year a clause's targets hold by: its own "đến năm …", else its sentence's, else its lead's. */
    private Integer year(Clause clause, List<PeriodMention> periods) {
        for (PeriodMention p : periods) {
            if (p.role() == Role.YEAR) {
                return p.year();
            }
        }
        return inheritedYears.computeIfAbsent(clause, c -> {
            for (String scope : new String[] {c.sentenceBefore(), c.context()}) {
                for (PeriodMention p : Periods.find(scope)) {
                    if (p.role() == Role.YEAR) {
                        return Optional.of(p.year());
                    }
                }
            }
            return Optional.empty();
        }).orElse(null);
    }

    private static boolean insidePeriod(List<PeriodMention> periods, Quantity q) {
        return periods.stream().anyMatch(p -> q.start() < p.end() && p.start() < q.end());
    }

    private static int labelColon(String text) {
        int colon = text.indexOf(':');
        return colon > 3 ? colon : -1;
    }

    private static int rankStart(String before) {
        Matcher m = RANK.matcher(before);
        return m.find() ? m.start() : before.length();
    }

    private String subject(Clause clause, ComparatorExpression e, int from, String label, String previousSubject,
            TargetKind kind) {
        String text = clause.text();
        String subject;
        if (startsWithValue(clause.folded().substring(from, e.start()))) {
            String rest = text.substring(Math.min(e.end(), text.length()));
            subject = Subjects.cleanAfterValue(rest);
            if ("%".equals(e.quantity().unit()) && !subject.isEmpty() && !subject.toLowerCase().startsWith("tỷ lệ")) {
                subject = "Tỷ lệ " + Subjects.lowerFirst(subject);
            }
        } else {
            subject = Subjects.clean(text.substring(from, e.start()));
        }
        int colon = labelColon(subject);
        if (colon >= 0 && label != null) {
            subject = Subjects.clean(subject.substring(colon + 1));
        }
        if (label != null && !subject.isEmpty() && !subject.equals(label)) {
            subject = label + ": " + subject;
        } else if (label != null && subject.isEmpty()) {
            subject = label;
        }
        if (subject.isEmpty()) {
            subject = previousSubject != null ? previousSubject : Subjects.clean(text);
        }
        return Subjects.upperFirst(subject);
    }

    private Target milestone(List<Line> lines) {
        String text = String.join(" ", lines.stream().map(Line::text).toList());
        String folded = VietnameseText.fold(text);
        List<PeriodMention> periods = Periods.find(folded);
        Integer year = null;
        LocalDate deadline = null;
        List<String> rules = new ArrayList<>();
        rules.add("an indicator that states no value: a milestone");
        for (PeriodMention p : periods) {
            if (p.role() == Role.YEAR && year == null) {
                year = p.year();
            } else if (p.role() == Role.DEADLINE && deadline == null) {
                deadline = p.date();
                rules.add(p.rule());
            }
        }
        String subject = text.replaceAll("\\s*(?:trước|chậm nhất)(?:\\s+ngày)?\\s+\\d{1,2}/\\d{1,2}/\\d{4}.*$", "");
        subject = Subjects.upperFirst(Subjects.clean(subject.replaceFirst("^Phối hợp với [^,]*?(?= hoàn thành)", "")));
        int start = lines.isEmpty() ? 0 : lines.get(0).start();
        return new Target(subject, TargetKind.MILESTONE, null, null, null, null, null, null, false, year, deadline, null,
                new Span(start, start + text.length()), rules);
    }

    private static Target target(String subject, TargetKind kind, Comparator comparator, BigDecimal value,
            BigDecimal valueMax, String unit, String per, Direction direction, boolean perYear, Integer year,
            LocalDate deadline, Baseline baseline, Clause clause, ComparatorExpression e, List<String> rules) {
        Span span = new Span(clause.start() + e.start(), clause.start() + e.end());
        return new Target(subject, kind, comparator, value, valueMax, unit, per, direction, perYear, year, deadline,
                baseline, span, rules);
    }

    /** "xã duy trì đạt chuẩn nông thôn mới nâng cao", "không để phát sinh hộ tái nghèo": a yes/no achievement. */
    /**
     * "100% tàu cá có chiều dài từ 15 m trở lên lắp đặt …": a measure inside the subject of the value
     * before it, with no separator or verb between and more words after, describes; it is no target.
     */
    private static boolean describesPrevious(String folded, int from, ComparatorExpression e) {
        String between = folded.substring(from, e.quantity().start());
        boolean separated = between.contains(",") || between.contains(";") || VALUE_LEAD.matcher(Lookback.tail(between)).find()
                || (mentionsChange(between) && CHANGE_VERB.matcher(between).find());
        boolean moreWords = e.end() < folded.length() && Character.isLetter(folded.strip().charAt(Math.min(folded.strip().length() - 1, e.end() + 1)));
        return !separated && moreWords && e.comparator() == Comparator.GE && between.contains("từ");
    }

    /** Cheap looks at a text before asking a pattern: the words each pattern needs. */
    private static boolean mentionsChange(String text) {
        return text.contains("tăng") || text.contains("giảm") || text.contains("thêm");
    }

    private static boolean mentionsMaintain(String text, int end) {
        int duy = text.indexOf("duy trì");
        int stable = text.indexOf("ổn định");
        int firm = text.indexOf("giữ vững");
        return (duy >= 0 && duy < end) || (stable >= 0 && stable < end) || (firm >= 0 && firm < end);
    }

    private static boolean mentionsRank(String text) {
        return text.contains("nhóm") || text.contains("tốp") || text.contains("top");
    }

    private static boolean isAchievement(Clause clause) {
        String f = clause.folded().strip();
        return ACHIEVEMENT.matcher(f).find() && !f.contains("chỉ tiêu") && !f.startsWith("(") && !f.endsWith(":");
    }

    private static Target withYear(Target t, Integer year) {
        return new Target(t.subject(), t.kind(), t.comparator(), t.value(), t.valueMax(), t.unit(), t.per(), t.direction(),
                t.perYear(), year, t.deadline(), t.baseline(), t.span(), t.rules());
    }

    private static Target withPer(Target t, String per) {
        return new Target(t.subject(), t.kind(), t.comparator(), t.value(), t.valueMax(), t.unit(), per, t.direction(),
                t.perYear(), t.year(), t.deadline(), t.baseline(), t.span(), t.rules());
    }

}
