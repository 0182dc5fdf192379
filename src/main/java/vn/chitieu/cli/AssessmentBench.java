package vn.chitieu.cli;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import vn.chitieu.assessment.Actual;
import vn.chitieu.assessment.Assessment;
import vn.chitieu.assessment.Assessor;
import vn.chitieu.assessment.Goal;
import vn.chitieu.assessment.Period;
import vn.chitieu.extraction.Target.Comparator;
import vn.chitieu.extraction.Target.Direction;
import vn.chitieu.extraction.Target.TargetKind;

/**
 * {@code assess-bench [--warmup N] [--seconds N] [--targets 60]}: the assessment benchmark of
 * docs/benchmarks.md. A five-year resolution (2026–2030) of 60 targets of every kind, each with a
 * baseline and 20 periods of values (Q1, H1, nine months and the year, five years running); one
 * round assesses every target at each of the 20 periods, as a dashboard over the whole plan does.
 * Prints the time of one round (p50, p95, slowest).
 */
public final class AssessmentBench {
    private static final String[] PARTS = {"-Q1", "-H1", "-9M", ""};
    private final PrintStream out;
    private final PrintStream err;

    public AssessmentBench(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public int run(String[] args) {
        int warmUp = 5;
        int seconds = 10;
        int targets = 60;
        try {
            for (int i = 0; i < args.length; i += 2) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(args[i] + " needs a value");
                }
                int value = Integer.parseInt(args[i + 1]);
                switch (args[i]) {
                    case "--warmup" -> warmUp = value;
                    case "--seconds" -> seconds = value;
                    case "--targets" -> targets = value;
                    default -> throw new IllegalArgumentException("unknown option " + args[i] + "; use --warmup N, --seconds N, --targets N");
                }
            }
        } catch (NumberFormatException e) {
            err.println("assess-bench: options take whole numbers, e.g. --seconds 10");
            return 2;
        } catch (IllegalArgumentException e) {
            err.println("assess-bench: " + e.getMessage());
            return 2;
        }
        Resolution resolution = Resolution.generate(targets, new Random(42));
        Assessor assessor = new Assessor();
        run(assessor, resolution, warmUp, new ArrayList<>());
        List<Long> rounds = new ArrayList<>();
        int assessed = run(assessor, resolution, seconds, rounds);
        rounds.sort(null);
        out.printf(Locale.ROOT, "%d targets x %d periods: %d rounds in %d s (%d assessments); one round p50 %.2f ms, p95 %.2f ms, slowest %.2f ms%n",
                targets, resolution.periods().size(), rounds.size(), seconds, assessed, rounds.get(rounds.size() / 2) / 1e6,
                rounds.get((int) Math.ceil(rounds.size() * 0.95) - 1) / 1e6, rounds.get(rounds.size() - 1) / 1e6);
        return 0;
    }

    private static int run(Assessor assessor, Resolution resolution, int seconds, List<Long> rounds) {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        int assessed = 0;
        LocalDate today = LocalDate.of(2031, 3, 1);
        long sink = 0;
        while (System.nanoTime() < end) {
            long started = System.nanoTime();
            for (Period period : resolution.periods()) {
                for (int t = 0; t < resolution.goals().size(); t++) {
                    Assessment assessment = assessor.assess(resolution.goals().get(t), resolution.actuals().get(t), period, today);
                    sink += assessment.attainment().status().ordinal();
                    assessed++;
                }
            }
            rounds.add(System.nanoTime() - started);
        }
        return sink == Long.MIN_VALUE ? -1 : assessed;
    }

    /** A made-up five-year resolution: goals of every kind and their values. */
    record Resolution(List<Goal> goals, List<List<Actual>> actuals, List<Period> periods) {
        static Resolution generate(int count, Random random) {
            LocalDate start = LocalDate.of(2026, 1, 1);
            LocalDate end = LocalDate.of(2030, 12, 31);
            List<Period> periods = new ArrayList<>();
            for (int year = 2026; year <= 2030; year++) {
                for (String part : PARTS) {
                    periods.add(Period.parse(year + part));
                }
            }
            List<Goal> goals = new ArrayList<>();
            List<List<Actual>> actuals = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                Goal goal = switch (i % 6) {
                    case 0 -> new Goal("Thu ngân sách trên địa bàn", TargetKind.CHANGE, Comparator.GE, BigDecimal.TEN, null, "%", Direction.UP,
                            true, null, null, null, null, null, null, start, end);
                    case 1 -> new Goal("Tỷ lệ hộ nghèo", TargetKind.CHANGE, Comparator.GE, new BigDecimal("1.5"), null, "%", Direction.DOWN, true,
                            null, null, null, null, null, null, start, end);
                    case 2 -> new Goal("Tỷ lệ che phủ rừng", TargetKind.LEVEL, Comparator.GE, new BigDecimal("45"), null, "%", null, false,
                            null, null, null, null, null, null, start, end);
                    case 3 -> new Goal("Sản lượng lương thực", TargetKind.LEVEL, Comparator.APPROX, new BigDecimal("14000"), null, "tấn",
                            null, false, 2028, null, null, null, null, null, start, end);
                    case 4 -> new Goal("Tỷ lệ tham gia bảo hiểm y tế", TargetKind.MAINTAIN, Comparator.GE, new BigDecimal("95"), null, "%",
                            null, false, null, null, null, null, null, null, start, end);
                    default -> new Goal("Xã đạt chuẩn nông thôn mới nâng cao", TargetKind.MILESTONE, null, null, null, null, null, false,
                            2028, null, null, null, null, null, start, end);
                };
                goals.add(goal);
                actuals.add(values(goal, periods, random));
            }
            return new Resolution(goals, actuals, periods);
        }

        private static List<Actual> values(Goal goal, List<Period> periods, Random random) {
            List<Actual> values = new ArrayList<>();
            double level = switch (goal.kind()) {
                case CHANGE -> goal.direction() == Direction.DOWN ? 6 : 1000;
                case MILESTONE -> 0;
                default -> goal.value().doubleValue() * 0.95;
            };
            if (goal.kind() == TargetKind.MILESTONE) {
                values.add(Actual.achieved("2027", LocalDate.of(2027, 11, 20)));
                return values;
            }
            values.add(new Actual(Period.year(2025), BigDecimal.valueOf(Math.round(level * 100) / 100.0), null, null, false));
            for (Period period : periods) {
                level *= 1 + (random.nextDouble() - 0.4) * 0.05;
                values.add(new Actual(period, BigDecimal.valueOf(Math.round(level * 100) / 100.0), null, null, random.nextInt(10) == 0));
            }
            return values;
        }
    }
}
