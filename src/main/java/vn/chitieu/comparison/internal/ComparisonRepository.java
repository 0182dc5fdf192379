package vn.chitieu.comparison.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What a comparison reads, in three queries whatever the number of communes: the targets of a
 * province's plans mapped to one catalogue indicator, their values, and where their periods' reports stand.
 */
@Repository
public class ComparisonRepository {
    private final JdbcClient jdbc;

    ComparisonRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A target of a commune's plan, with what its assessment needs. */
    public record MappedTarget(long targetId, long resolutionId, String unitCode, String status, String number, LocalDate adoptedOn,
            LocalDate planStart, LocalDate planEnd, String subject, String kind, String comparator, BigDecimal value, BigDecimal valueMax,
            String unit, String direction, boolean perYear, Integer year, LocalDate deadline, BigDecimal baselineValue,
            Integer baselineYear, String nature, String changeMode, boolean confirmed) {}

    /**
     * The targets of the province's adopted or published plans about {@code code}: chosen by an
     * official, or proposed at or above the matcher's threshold and not overruled (as
     * {@code CatalogMappings.mapped} reads them).
     */
    public List<MappedTarget> mapped(String provinceCode, String code) {
        return jdbc.sql("SELECT t.id, r.id AS resolution_id, r.unit_code, r.status, r.number, r.adopted_on, r.period_start, r.period_end,"
                        + " t.subject, t.kind, t.comparator, t.amount, t.amount_max, t.unit, t.direction, t.per_year, t.target_year,"
                        + " t.deadline, t.baseline_value, t.baseline_year, t.nature, t.change_mode, m.confirmed"
                        + " FROM target_mapping m JOIN target t ON t.id = m.target_id JOIN indicator i ON i.id = t.indicator_id"
                        + " JOIN resolution r ON r.id = i.resolution_id JOIN admin_unit u ON u.code = r.unit_code"
                        + " WHERE m.catalog_code = ? AND (m.confirmed OR m.confidence >= ?) AND u.province_code = ?"
                        + " AND r.status <> 'DRAFT' AND NOT r.archived"
                        + " AND NOT t.archived AND NOT i.archived ORDER BY r.unit_code, r.id, i.position, t.position")
                .params(code, BigDecimal.valueOf(vn.chitieu.catalog.CatalogMappings.THRESHOLD), provinceCode)
                .query((rs, n) -> new MappedTarget(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        date(rs.getDate(6)), date(rs.getDate(7)), date(rs.getDate(8)), rs.getString(9), rs.getString(10),
                        rs.getString(11), rs.getBigDecimal(12), rs.getBigDecimal(13), rs.getString(14), rs.getString(15),
                        rs.getBoolean(16), (Integer) rs.getObject(17, Integer.class), date(rs.getDate(18)), rs.getBigDecimal(19),
                        (Integer) rs.getObject(20, Integer.class), rs.getString(21), rs.getString(22), rs.getBoolean(23)))
                .list();
    }

    /** A value entered, with whether its period's report is approved. */
    public record Value(long targetId, String period, BigDecimal value, Boolean achieved, LocalDate achievedOn, boolean estimate,
            boolean approved) {}

    /**
     * The values of the targets, each marked approved or not. Two index scans: the values by
     * target, then the approved periods of their resolutions (a join with every period's report
     * would read the whole table).
     */
    public Map<Long, List<Value>> values(Collection<Long> targetIds) {
        Map<Long, List<Value>> values = new HashMap<>();
        if (targetIds.isEmpty()) {
            return values;
        }
        record Row(long targetId, long resolutionId, String period, BigDecimal value, Boolean achieved, LocalDate achievedOn,
                boolean estimate) {}
        List<Row> rows = jdbc.sql("SELECT target_id, resolution_id, period, amount, achieved, achieved_on, estimate FROM actual_value"
                        + " WHERE target_id IN (" + marks(targetIds.size()) + ")")
                .params(new ArrayList<>(targetIds))
                .query((rs, n) -> new Row(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getBigDecimal(4),
                        (Boolean) rs.getObject(5, Boolean.class), date(rs.getDate(6)), rs.getBoolean(7)))
                .list();
        List<Long> resolutions = rows.stream().map(Row::resolutionId).distinct().toList();
        java.util.Set<String> approved = new java.util.HashSet<>();
        if (!resolutions.isEmpty()) {
            jdbc.sql("SELECT resolution_id, period FROM reporting_period WHERE status = 'APPROVED' AND resolution_id IN ("
                            + marks(resolutions.size()) + ")")
                    .params(new ArrayList<>(resolutions))
                    .query((rs, n) -> rs.getLong(1) + "/" + rs.getString(2)).list().forEach(approved::add);
        }
        for (Row r : rows) {
            values.computeIfAbsent(r.targetId(), k -> new ArrayList<>()).add(new Value(r.targetId(), r.period(), r.value(), r.achieved(),
                    r.achievedOn(), r.estimate(), approved.contains(r.resolutionId() + "/" + r.period())));
        }
        return values;
    }

    private static String marks(int count) {
        return String.join(",", java.util.Collections.nCopies(count, "?"));
    }

    /** Where each resolution's report for the period stands ({@code null}: nothing done yet). */
    public Map<Long, String> reportStates(Collection<Long> resolutionIds, String period) {
        Map<Long, String> states = new HashMap<>();
        if (resolutionIds.isEmpty()) {
            return states;
        }
        String in = marks(resolutionIds.size());
        List<Object> params = new ArrayList<>(resolutionIds);
        params.add(period);
        jdbc.sql("SELECT resolution_id, status FROM reporting_period WHERE resolution_id IN (" + in + ") AND period = ?")
                .params(params).query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2))).list()
                .forEach(e -> states.put(e.getKey(), e.getValue()));
        return states;
    }

    private static LocalDate date(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
