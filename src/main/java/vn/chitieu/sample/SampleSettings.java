package vn.chitieu.sample;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What to generate for each commune.
 *
 * @param resolutions plans per commune: a multi-year plan, then annual plans up to the year of {@code asOf}
 * @param targets targets per plan
 * @param years the span of the multi-year plan, which ends the year before {@code asOf}
 * @param seed the same seed gives the same data
 * @param asOf the data's day: periods that ended before it have values and reports
 */
public record SampleSettings(int resolutions, int targets, int years, long seed, LocalDate asOf) {

    public SampleSettings {
        if (resolutions < 1 || targets < 1 || years < 1) {
            throw new IllegalArgumentException("resolutions, targets and years must be at least 1");
        }
        if (asOf == null) {
            throw new IllegalArgumentException("the data needs a day it is as of");
        }
    }

    /** The most targets a plan can have in every commune: the measures that suit the fewest communes' plans. */
    public static int maxTargets() {
        int max = Integer.MAX_VALUE;
        for (boolean fiveYear : new boolean[] {true, false}) {
            for (boolean urban : new boolean[] {true, false}) {
                max = Math.min(max, PlanTargets.candidates(fiveYear, urban).size());
            }
        }
        return max;
    }

    /** The commune's plans: the multi-year plan, then the annual plans up to the year of {@code asOf}. */
    List<SamplePlan> plans() {
        List<SamplePlan> plans = new ArrayList<>();
        int lastYear = asOf.getYear() - 1;
        plans.add(new SamplePlan(true, lastYear - years + 1, lastYear));
        for (int year = asOf.getYear() - resolutions + 2; year <= asOf.getYear(); year++) {
            plans.add(new SamplePlan(false, year, year));
        }
        return plans;
    }
}
