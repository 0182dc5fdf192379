package vn.chitieu.plan.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.chitieu.extraction.IndicatorGroup;
import vn.chitieu.extraction.Span;
import vn.chitieu.extraction.Target.Baseline;
import vn.chitieu.extraction.Target.Comparator;
import vn.chitieu.extraction.Target.Direction;
import vn.chitieu.extraction.Target.TargetKind;
import vn.chitieu.plan.Indicator;
import vn.chitieu.plan.Target;
import vn.chitieu.plan.Task;

/** Maps indicators, targets and tasks to and from their rows. */
final class PartRows {
    private PartRows() {}

    static Map<String, Object> indicatorColumns(Indicator indicator, int position) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("position", position);
        c.put("ordinal", indicator.no());
        c.put("group_code", indicator.group().name());
        c.put("group_heading", indicator.groupHeading());
        c.put("name", indicator.text());
        c.put("span_start", indicator.span() == null ? null : indicator.span().start());
        c.put("span_end", indicator.span() == null ? null : indicator.span().end());
        return c;
    }

    static Map<String, Object> targetColumns(Target target, int position) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("position", position);
        c.put("subject", target.subject());
        c.put("kind", target.kind().name());
        c.put("comparator", target.comparator() == null ? null : target.comparator().name());
        c.put("amount", target.value());
        c.put("amount_max", target.valueMax());
        c.put("unit", target.unit());
        c.put("no_unit", target.noUnit());
        c.put("per", target.per());
        c.put("direction", target.direction() == null ? null : target.direction().name());
        c.put("per_year", target.perYear());
        c.put("target_year", target.year());
        c.put("deadline", ResolutionRows.date(target.deadline()));
        c.put("baseline_value", target.baseline() == null ? null : target.baseline().value());
        c.put("baseline_year", target.baseline() == null ? null : target.baseline().year());
        c.put("span_start", target.span() == null ? null : target.span().start());
        c.put("span_end", target.span() == null ? null : target.span().end());
        c.put("rules", String.join("\n", target.rules()));
        return c;
    }

    static Indicator indicator(ResultSet row) throws SQLException {
        return new Indicator(row.getLong("id"), row.getInt("ordinal"), IndicatorGroup.valueOf(row.getString("group_code")),
                row.getString("group_heading"), row.getString("name"), span(row), new ArrayList<>());
    }

    static Target target(ResultSet row) throws SQLException {
        String comparator = row.getString("comparator");
        String direction = row.getString("direction");
        BigDecimal baselineValue = number(row, "baseline_value");
        Integer baselineYear = row.getObject("baseline_year", Integer.class);
        String rules = row.getString("rules");
        return new Target(row.getLong("id"), row.getString("subject"), TargetKind.valueOf(row.getString("kind")),
                comparator == null ? null : Comparator.valueOf(comparator), number(row, "amount"), number(row, "amount_max"),
                row.getString("unit"), row.getBoolean("no_unit"), row.getString("per"),
                direction == null ? null : Direction.valueOf(direction), row.getBoolean("per_year"),
                row.getObject("target_year", Integer.class), ResolutionRows.localDate(row, "deadline"),
                baselineValue == null && baselineYear == null ? null : new Baseline(baselineValue, baselineYear), span(row),
                rules == null || rules.isEmpty() ? List.of() : Arrays.asList(rules.split("\n")));
    }

    static Task task(ResultSet row) throws SQLException {
        return new Task(row.getLong("id"), row.getString("ref"), row.getString("title"));
    }

    /** NUMERIC(24, 6) comes back as 42.000000; the plan shows what was written: 42. */
    private static BigDecimal number(ResultSet row, String column) throws SQLException {
        BigDecimal value = row.getBigDecimal(column);
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static Span span(ResultSet row) throws SQLException {
        Integer start = row.getObject("span_start", Integer.class);
        Integer end = row.getObject("span_end", Integer.class);
        return start == null || end == null ? null : new Span(start, end);
    }
}
