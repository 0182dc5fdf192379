package vn.chitieu.comparison.web;

import java.util.ArrayList;
import java.util.List;
import vn.chitieu.comparison.Comparison;

/**
 * The comparison's bar chart, drawn by the server as SVG (no script, printable): a bar per commune
 * with a value, its length the percent of plan (capped at 150 %), a line at 100 %.
 */
record ComparisonChart(List<Bar> bars, int height) {
    static final int ROW = 22;
    /** Percent of plan at the chart's right edge. */
    static final int SCALE = 150;

    record Bar(String label, double y, double width, String status, java.math.BigDecimal percent) {}

    static ComparisonChart of(List<Comparison.Row> rows) {
        List<Bar> bars = new ArrayList<>();
        for (Comparison.Row row : rows) {
            if (row.percentOfPlan() == null) {
                continue;
            }
            double percent = Math.max(0, Math.min(SCALE, row.percentOfPlan().doubleValue()));
            bars.add(new Bar(row.unitName(), bars.size() * ROW, percent / SCALE * 100, String.valueOf(row.status()),
                    row.percentOfPlan()));
        }
        return new ComparisonChart(bars, bars.size() * ROW);
    }

    /** Where 100 % of the plan is, in percent of the chart's width. */
    public double planLine() {
        return 100.0 / SCALE * 100;
    }
}
