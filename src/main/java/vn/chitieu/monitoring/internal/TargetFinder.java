package vn.chitieu.monitoring.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.chitieu.document.Spreadsheet.Cell;
import vn.chitieu.plan.Indicator;
import vn.chitieu.plan.ResolutionProblem;
import vn.chitieu.plan.Target;

/**
 * Which indicator and target of the plan a row of the sheet is about: the indicator by its number
 * (where numbering starts again in each part of the plan, by its wording, else by the part the row
 * stands in), the target by its place ("3.2") or, where the indicator has several, by the one whose
 * subject, unit and planned value the row matches clearly best. A row that fits none clearly is
 * left out with the reason, never guessed.
 */
final class TargetFinder {
    /** How clearly a text must point at one indicator among several with the same number. */
    private static final double TEXT_MARGIN = 0.15;
    private static final double TEXT_MINIMUM = 0.3;
    /** The least evidence for a target (a matching unit, or planned value, or half the subject's words) and the lead it needs. */
    private static final double TARGET_MINIMUM = 1.0;
    private static final double TARGET_MARGIN = 0.5;
    private static final Pattern FIRST_NUMBER = Pattern.compile("-?\\d[\\d.,]*");

    private final List<Indicator> indicators;
    private final List<Integer> parts = new ArrayList<>();

    TargetFinder(List<Indicator> indicators) {
        this.indicators = List.copyOf(indicators);
        int part = 0;
        int last = Integer.MAX_VALUE;
        for (Indicator indicator : indicators) {
            if (indicator.no() <= last && !parts.isEmpty()) {
                part++;
            }
            parts.add(part);
            last = indicator.no();
        }
    }

    /** What was found, or why nothing was. */
    record Found<T>(T found, ResolutionProblem problem) {
        static <T> Found<T> none(String key, Object... args) {
            return new Found<>(null, new ResolutionProblem(key, "row", args));
        }
    }

    /** The words of a row that tell its target: its indicator text, unit and planned value. */
    record RowWords(String text, String unit, Cell plan) {}

    /**
     * The indicator with this number.
     *
     * @param part how many times the sheet's numbering has started again above this row
     */
    Found<Indicator> indicator(int number, String text, int part) {
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < indicators.size(); i++) {
            if (indicators.get(i).no() == number) {
                candidates.add(i);
            }
        }
        if (candidates.isEmpty()) {
            return Found.none("monitor.import.problem.noIndicator", String.valueOf(number));
        }
        if (candidates.size() == 1) {
            return new Found<>(indicators.get(candidates.get(0)), null);
        }
        if (!text.isBlank()) {
            List<Integer> byText = new ArrayList<>(candidates);
            byText.sort(Comparator.comparingDouble((Integer i) -> closeness(text, indicators.get(i))).reversed());
            double best = closeness(text, indicators.get(byText.get(0)));
            if (best >= TEXT_MINIMUM && best - closeness(text, indicators.get(byText.get(1))) >= TEXT_MARGIN) {
                return new Found<>(indicators.get(byText.get(0)), null);
            }
        }
        List<Integer> samePart = candidates.stream().filter(i -> parts.get(i) == part).toList();
        if (samePart.size() == 1) {
            return new Found<>(indicators.get(samePart.get(0)), null);
        }
        return Found.none("monitor.import.problem.whichIndicator", String.valueOf(number));
    }

    /**
     * The target of the indicator the row is about.
     *
     * @param place the target's place written in the number ("3.2" → 2), 0 if none
     * @param ownRow whether the row is the indicator's own (its number written), not a line under it
     */
    Found<Target> target(Indicator indicator, int place, RowWords row, boolean ownRow) {
        List<Target> targets = indicator.targets();
        if (place > 0) {
            return place <= targets.size() ? new Found<>(targets.get(place - 1), null)
                    : Found.none("monitor.import.problem.noSuchTarget", String.valueOf(indicator.no()), place, targets.size());
        }
        if (targets.size() == 1 && ownRow) {
            return new Found<>(targets.get(0), null);
        }
        List<Target> ranked = new ArrayList<>(targets);
        ranked.sort(Comparator.comparingDouble((Target t) -> score(t, row)).reversed());
        if (!ranked.isEmpty()) {
            double best = score(ranked.get(0), row);
            double second = ranked.size() > 1 ? score(ranked.get(1), row) : Double.NEGATIVE_INFINITY;
            if (best >= TARGET_MINIMUM && best - second >= TARGET_MARGIN) {
                return new Found<>(ranked.get(0), null);
            }
        }
        return targets.size() == 1 ? Found.none("monitor.import.problem.notTheTarget", String.valueOf(indicator.no()))
                : Found.none("monitor.import.problem.whichTarget", String.valueOf(indicator.no()), targets.size());
    }

    private static double closeness(String text, Indicator indicator) {
        double best = Wording.similarity(text, indicator.text());
        for (Target target : indicator.targets()) {
            best = Math.max(best, Wording.similarity(text, target.subject()));
        }
        return best;
    }

    /** Two points for the same unit (one off for another), two for the planned value, up to two for the subject's words. */
    private static double score(Target target, RowWords row) {
        double score = 2 * Wording.similarity(row.text(), target.subject());
        if (!row.unit().isBlank() && target.unit() != null) {
            score += Wording.unit(row.unit()).equals(Wording.unit(target.unit())) ? 2 : -1;
        }
        BigDecimal planned = planned(row.plan());
        if (planned != null && target.value() != null
                && (planned.compareTo(target.value()) == 0 || target.valueMax() != null && planned.compareTo(target.valueMax()) == 0)) {
            score += 2;
        }
        return score;
    }

    /** The planned value a row gives: a number cell (42 for a cell showing 42 %), or the first number of its text ("≥ 1.306"). */
    private static BigDecimal planned(Cell plan) {
        if (plan.number() != null) {
            return plan.percent() ? plan.number().movePointRight(2) : plan.number();
        }
        Matcher number = FIRST_NUMBER.matcher(plan.text());
        return number.find() ? ValueCell.number(number.group().replaceAll("[.,]$", "")) : null;
    }
}
