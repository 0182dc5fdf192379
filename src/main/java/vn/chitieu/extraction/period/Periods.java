package vn.chitieu.extraction.period;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.chitieu.extraction.period.PeriodMention.PlanKind;
import vn.chitieu.extraction.period.PeriodMention.Role;

/** Finds time expressions in folded text: "đến năm 2030", "trước ngày 30/6/2026", "so với năm 2025", "5 năm 2026-2030". */
public final class Periods {
    private static final String YEAR = "((?:19|20)\\d\\d)";
    private static final String DATE = "(?:(\\d{1,2})\\s*/\\s*(\\d{1,2})\\s*/\\s*" + YEAR
            + "|(\\d{1,2})\\s+tháng\\s+(\\d{1,2})\\s+năm\\s+" + YEAR + ")";
    private static final String DASH = "\\s*[-–]\\s*";

    private static final Pattern FIVE_YEAR = Pattern.compile(
            "(?<![\\p{L}])(?:(?:kế hoạch\\s+)?(?:0?5|năm)\\s+năm|giai đoạn(?:\\s+từ)?)\\s+" + YEAR + DASH + YEAR + "(?!\\d)");
    private static final Pattern HALF_YEAR = Pattern.compile(
            "(?<![\\p{L}\\d])(?:0?6|sáu)\\s+tháng\\s+(đầu|cuối)\\s+năm\\s+" + YEAR);
    private static final Pattern NINE_MONTHS = Pattern.compile(
            "(?<![\\p{L}\\d])(?:0?9|chín)\\s+tháng\\s+đầu\\s+năm\\s+" + YEAR);
    private static final Pattern QUARTER = Pattern.compile(
            "(?<![\\p{L}])quý\\s+(iv|iii|ii|i|[1-4])(?:\\s+năm\\s+|\\s*/\\s*)" + YEAR);
    private static final Pattern ANNUAL_PLAN = Pattern.compile("(?<![\\p{L}])kế hoạch\\s+năm\\s+" + YEAR);
    private static final Pattern DEADLINE = Pattern.compile(
            "(?<![\\p{L}])(?:trước|chậm nhất(?:\\s+(?:đến|vào))?)\\s+(?:ngày\\s+)?" + DATE);
    private static final Pattern BASELINE = Pattern.compile(
            "(?<![\\p{L}])so với\\s+(?:[\\p{L}]+\\s+){0,4}?năm\\s+" + YEAR);
    private static final Pattern TARGET_YEAR = Pattern.compile(
            "(?<![\\p{L}])(?:(?:đến|tới)\\s+(?:hết\\s+|cuối\\s+)?|vào\\s+|trong\\s+|cuối\\s+)?năm\\s+" + YEAR + "(?![\\d\\p{L}]|\\s*[-–]\\s*\\d)");
    /** "năm học 2025-2026", "nhiệm kỳ 2025-2030": years that belong to something else. */
    private static final Pattern NOT_A_TARGET_YEAR = Pattern.compile("(?:nhiệm kỳ|năm học|niên khóa)\\s*$");

    private Periods() {}

    public static List<PeriodMention> find(String folded) {
        if (!hasYear(folded)) {
            return List.of();
        }
        List<PeriodMention> found = new ArrayList<>();
        plans(folded, found);
        Matcher m = DEADLINE.matcher(folded);
        while ((folded.contains("trước") || folded.contains("chậm nhất")) && m.find()) {
            LocalDate date = date(m, 1);
            if (date != null) {
                add(found, new PeriodMention(m.start(), m.end(), Role.DEADLINE, date.getYear(), date, null, null, null,
                        "'trước ngày …' or 'chậm nhất ngày …': a deadline"));
            }
        }
        m = BASELINE.matcher(folded);
        while (folded.contains("so với") && m.find()) {
            add(found, new PeriodMention(m.start(), m.end(), Role.BASELINE, Integer.parseInt(m.group(1)), null, null,
                    null, null, "'so với năm …': the baseline year"));
        }
        m = TARGET_YEAR.matcher(folded);
        while (m.find()) {
            if (NOT_A_TARGET_YEAR.matcher(folded.substring(0, m.start())).find()) {
                continue;
            }
            add(found, new PeriodMention(m.start(), m.end(), Role.YEAR, Integer.parseInt(m.group(1)), null, null, null,
                    null, "'đến năm …', 'năm …': the year a target holds by"));
        }
        found.sort(Comparator.comparingInt(PeriodMention::start));
        return found;
    }

    /** Every expression here names a year: text without four digits in a row has none. */
    private static boolean hasYear(String text) {
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            run = Character.isDigit(text.charAt(i)) ? run + 1 : 0;
            if (run == 4) {
                return true;
            }
        }
        return false;
    }

    private static void plans(String folded, List<PeriodMention> found) {
        Matcher m = FIVE_YEAR.matcher(folded);
        boolean span = folded.indexOf('-') >= 0 || folded.indexOf('–') >= 0;
        while (span && m.find()) {
            int from = Integer.parseInt(m.group(1));
            int to = Integer.parseInt(m.group(2));
            if (to <= from) {
                continue;
            }
            PlanKind kind = to - from == 4 ? PlanKind.FIVE_YEAR : PlanKind.OTHER;
            add(found, plan(m, kind, LocalDate.of(from, 1, 1), LocalDate.of(to, 12, 31), "'5 năm 2026-2030', 'giai đoạn …': a multi-year plan"));
        }
        boolean months = folded.contains("tháng");
        m = HALF_YEAR.matcher(folded);
        while (months && m.find()) {
            int year = Integer.parseInt(m.group(2));
            boolean first = m.group(1).equals("đầu");
            add(found, plan(m, PlanKind.HALF_YEAR, LocalDate.of(year, first ? 1 : 7, 1),
                    first ? LocalDate.of(year, 6, 30) : LocalDate.of(year, 12, 31), "'6 tháng đầu/cuối năm …': a half-year plan"));
        }
        m = NINE_MONTHS.matcher(folded);
        while (months && m.find()) {
            int year = Integer.parseInt(m.group(1));
            add(found, plan(m, PlanKind.OTHER, LocalDate.of(year, 1, 1), LocalDate.of(year, 9, 30), "'9 tháng đầu năm …'"));
        }
        m = QUARTER.matcher(folded);
        while (folded.contains("quý") && m.find()) {
            int quarter = quarter(m.group(1));
            int year = Integer.parseInt(m.group(2));
            LocalDate start = LocalDate.of(year, quarter * 3 - 2, 1);
            add(found, plan(m, PlanKind.OTHER, start, start.plusMonths(3).minusDays(1), "'quý … năm …': a quarter"));
        }
        m = ANNUAL_PLAN.matcher(folded);
        while (folded.contains("kế hoạch") && m.find()) {
            int year = Integer.parseInt(m.group(1));
            add(found, plan(m, PlanKind.ANNUAL, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), "'kế hoạch năm …': an annual plan"));
        }
    }

    /** The plan period named in a title or article ("… năm 2026", "… 5 năm 2026-2030"), or null. */
    public static PeriodMention planOf(String folded) {
        List<PeriodMention> plans = new ArrayList<>();
        plans(folded, plans);
        PeriodMention best = plans.stream()
                .filter(p -> p.planKind() != PlanKind.ANNUAL)
                .findFirst()
                .orElse(plans.isEmpty() ? null : plans.get(plans.size() - 1));
        if (best != null) {
            return best;
        }
        Matcher m = TARGET_YEAR.matcher(folded);
        PeriodMention latest = null;
        while (m.find()) {
            int year = Integer.parseInt(m.group(1));
            if (latest == null || year > latest.year()) {
                latest = new PeriodMention(m.start(), m.end(), Role.PLAN, year, null, PlanKind.ANNUAL,
                        LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), "'năm …' in the title: an annual plan");
            }
        }
        return latest;
    }

    private static PeriodMention plan(Matcher m, PlanKind kind, LocalDate start, LocalDate end, String rule) {
        return new PeriodMention(m.start(), m.end(), Role.PLAN, end.getYear(), null, kind, start, end, rule);
    }

    /** Adds a mention unless it lies inside one already found (the longer, earlier rule wins). */
    private static void add(List<PeriodMention> found, PeriodMention mention) {
        for (PeriodMention other : found) {
            if (mention.start() < other.end() && other.start() < mention.end()) {
                return;
            }
        }
        found.add(mention);
    }

    /** The date in a {@link #DATE} group starting at {@code group}, or null when it is not a real date. */
    static LocalDate date(Matcher m, int group) {
        try {
            if (m.group(group) != null) {
                return LocalDate.of(Integer.parseInt(m.group(group + 2)), Integer.parseInt(m.group(group + 1)),
                        Integer.parseInt(m.group(group)));
            }
            return LocalDate.of(Integer.parseInt(m.group(group + 5)), Integer.parseInt(m.group(group + 4)),
                    Integer.parseInt(m.group(group + 3)));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    /** A date written "24/12/2025" or "ngày 24 tháng 12 năm 2025" anywhere in {@code folded}, from {@code from}. */
    public static LocalDate firstDate(String folded, int from) {
        Matcher m = Pattern.compile(DATE).matcher(folded);
        while (m.find(from)) {
            LocalDate d = date(m, 1);
            if (d != null) {
                return d;
            }
            from = m.end();
        }
        return null;
    }

    private static int quarter(String q) {
        return switch (q) {
            case "i", "1" -> 1;
            case "ii", "2" -> 2;
            case "iii", "3" -> 3;
            default -> 4;
        };
    }
}
