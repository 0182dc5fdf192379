package vn.chitieu.plan.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import vn.chitieu.plan.Indicator;
import vn.chitieu.plan.Resolution;
import vn.chitieu.plan.ResolutionContent;
import vn.chitieu.plan.ResolutionSummary;
import vn.chitieu.plan.Target;
import vn.chitieu.plan.Task;

/** Resolutions and their indicators, targets and tasks in the database. Archived parts are not loaded. */
@Repository
public class ResolutionRepository {
    private final JdbcClient jdbc;
    private final ResolutionRows rows;
    private final PlanRows newRows;

    ResolutionRepository(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.rows = new ResolutionRows(json);
        this.newRows = new PlanRows(json);
    }

    public long insert(Resolution resolution) {
        return insert("resolution", newRows.resolution(resolution));
    }

    public void saveSourceText(long resolutionId, String text) {
        jdbc.sql("UPDATE resolution SET source_text = ? WHERE id = ?").params(text, resolutionId).update();
    }

    public Optional<String> sourceText(long resolutionId) {
        return jdbc.sql("SELECT source_text FROM resolution WHERE id = ?").param(resolutionId).query(String.class).optional();
    }

    /** Writes the resolution row if it is still at {@code version}; false when someone else saved first. */
    public boolean update(Resolution resolution, int version) {
        Map<String, Object> columns = rows.columns(resolution);
        StringBuilder sql = new StringBuilder("UPDATE resolution SET ");
        columns.keySet().forEach(column -> sql.append(column).append(" = ?, "));
        sql.append("version = version + 1 WHERE id = ? AND version = ?");
        List<Object> params = new ArrayList<>(columns.values());
        params.add(resolution.id());
        params.add(version);
        return jdbc.sql(sql.toString()).params(params).update() == 1;
    }

    /** Marks a change to the resolution's parts alone: a new version, who and when; false when someone saved first. */
    public boolean touch(long id, int version, String by, java.time.Instant at) {
        return jdbc.sql("UPDATE resolution SET version = version + 1, updated_by = ?, updated_at = ? WHERE id = ? AND version = ?")
                .params(by, Timestamp.from(at), id, version).update() == 1;
    }

    public Optional<Resolution> find(long id) {
        return jdbc.sql(ResolutionRows.COLUMNS + "WHERE r.id = ?").param(id).query((row, n) -> rows.read(row)).optional()
                .map(this::withParts);
    }

    /** The unit's resolution whose original file has this SHA-256, archived ones aside. */
    public Optional<Long> findBySource(String unitCode, String sha256) {
        return jdbc.sql("SELECT r.id FROM resolution r JOIN source_file f ON f.id = r.source_file_id "
                        + "WHERE r.unit_code = ? AND f.sha256 = ? AND NOT r.archived ORDER BY r.id")
                .params(unitCode, sha256).query(Long.class).list().stream().findFirst();
    }

    public List<ResolutionSummary> list(String unitCode, String status, boolean archived) {
        return list(unitCode, null, status, archived);
    }

    /** The resolutions of one unit, or of every commune of a province ({@code provinceCode}), or of all units. */
    public List<ResolutionSummary> list(String unitCode, String provinceCode, String status, boolean archived) {
        StringBuilder sql = new StringBuilder("SELECT r.id, r.unit_code, r.status, r.archived, r.number, r.title, r.adopted_on, "
                + "r.period_start, r.period_end, r.updated_at, "
                + "(SELECT count(*) FROM indicator i WHERE i.resolution_id = r.id AND NOT i.archived) AS indicators, "
                + "(SELECT count(*) FROM target t JOIN indicator i ON i.id = t.indicator_id "
                + "WHERE i.resolution_id = r.id AND NOT i.archived AND NOT t.archived) AS targets FROM resolution r WHERE r.archived = ?");
        List<Object> params = new ArrayList<>(List.of(archived));
        if (unitCode != null) {
            sql.append(" AND r.unit_code = ?");
            params.add(unitCode);
        }
        if (provinceCode != null) {
            sql.append(" AND r.unit_code IN (SELECT code FROM admin_unit WHERE province_code = ?)");
            params.add(provinceCode);
        }
        if (status != null) {
            sql.append(" AND r.status = ?");
            params.add(status);
        }
        sql.append(" ORDER BY r.adopted_on DESC NULLS LAST, r.id DESC");
        return jdbc.sql(sql.toString()).params(params).query((row, n) -> new ResolutionSummary(row.getLong("id"),
                row.getString("unit_code"), vn.chitieu.plan.ResolutionStatus.valueOf(row.getString("status")),
                row.getBoolean("archived"), row.getString("number"), row.getString("title"),
                ResolutionRows.localDate(row, "adopted_on"), ResolutionRows.localDate(row, "period_start"),
                ResolutionRows.localDate(row, "period_end"), row.getInt("indicators"), row.getInt("targets"),
                ResolutionRows.instant(row, "updated_at"))).list();
    }

    public long insertIndicator(long resolutionId, Indicator indicator, int position) {
        return insert("indicator", PlanRows.indicator(resolutionId, indicator, position));
    }

    public void updateIndicator(long id, Indicator indicator, int position) {
        update("indicator", id, PartRows.indicatorColumns(indicator, position));
    }

    public long insertTarget(long indicatorId, Target target, int position) {
        return insert("target", PlanRows.target(indicatorId, target, position));
    }

    public void updateTarget(long id, long indicatorId, Target target, int position) {
        Map<String, Object> columns = PartRows.targetColumns(target, position);
        columns.put("indicator_id", indicatorId);
        update("target", id, columns);
    }

    public long insertTask(long resolutionId, Task task, int position) {
        return insert("task", PlanRows.task(resolutionId, task, position));
    }

    public void updateTask(long id, Task task, int position) {
        Map<String, Object> columns = new HashMap<>(Map.of("position", position, "title", task.title()));
        columns.put("ref", task.ref());
        update("task", id, columns);
    }

    /** Hides a part; it stays in the database and in the history. */
    public void archive(String table, long id) {
        jdbc.sql("UPDATE " + table(table) + " SET archived = TRUE WHERE id = ?").param(id).update();
    }

    /** Shows an archived part again; false when it is not an archived part of this resolution. */
    public boolean restorePart(long resolutionId, String table, long id) {
        String owner = switch (table(table)) {
            case "indicator", "task" -> "resolution_id = ?";
            case "target" -> "indicator_id IN (SELECT id FROM indicator WHERE resolution_id = ? AND NOT archived)";
            default -> throw new IllegalArgumentException("not a part: " + table);
        };
        return jdbc.sql("UPDATE " + table + " SET archived = FALSE WHERE id = ? AND archived AND " + owner).params(id, resolutionId)
                .update() == 1;
    }

    /** The ids of the resolution's archived parts of one kind. */
    public java.util.Set<Long> archivedParts(long resolutionId, String table) {
        String owner = table(table).equals("target")
                ? "indicator_id IN (SELECT id FROM indicator WHERE resolution_id = ?)" : "resolution_id = ?";
        return new java.util.HashSet<>(jdbc.sql("SELECT id FROM " + table + " WHERE archived AND " + owner).param(resolutionId)
                .query(Long.class).list());
    }

    /** The archived targets of one indicator. */
    public java.util.Set<Long> archivedTargetsOf(long indicatorId) {
        return new java.util.HashSet<>(jdbc.sql("SELECT id FROM target WHERE archived AND indicator_id = ?").param(indicatorId)
                .query(Long.class).list());
    }

    /** The resolution a target belongs to, whatever its state. */
    public Optional<Long> resolutionOfTarget(long targetId) {
        return jdbc.sql("SELECT i.resolution_id FROM target t JOIN indicator i ON i.id = t.indicator_id WHERE t.id = ?")
                .param(targetId).query(Long.class).optional();
    }

    private Resolution withParts(Resolution resolution) {
        Map<Long, Indicator> indicators = new java.util.LinkedHashMap<>();
        jdbc.sql("SELECT * FROM indicator WHERE resolution_id = ? AND NOT archived ORDER BY position, id").param(resolution.id())
                .query((org.springframework.jdbc.core.RowCallbackHandler) row -> {
                    Indicator indicator = PartRows.indicator(row);
                    indicators.put(indicator.id(), indicator);
                });
        Map<Long, List<Target>> targets = new HashMap<>();
        jdbc.sql("SELECT t.* FROM target t JOIN indicator i ON i.id = t.indicator_id "
                        + "WHERE i.resolution_id = ? AND NOT t.archived ORDER BY t.position, t.id")
                .param(resolution.id())
                .query((org.springframework.jdbc.core.RowCallbackHandler) row -> targets.computeIfAbsent(row.getLong("indicator_id"), k -> new ArrayList<>()).add(PartRows.target(row)));
        List<Indicator> withTargets = indicators.values().stream()
                .map(i -> i.withIdAndTargets(i.id(), targets.getOrDefault(i.id(), List.of()))).toList();
        List<Task> tasks = jdbc.sql("SELECT * FROM task WHERE resolution_id = ? AND NOT archived ORDER BY position, id")
                .param(resolution.id()).query((row, n) -> PartRows.task(row)).list();
        ResolutionContent content = resolution.content();
        return new Resolution(resolution.id(), resolution.unitCode(), resolution.status(), resolution.archived(), resolution.version(),
                new ResolutionContent(content.document(), content.objectives(), withTargets, tasks, content.warnings()),
                resolution.source(), resolution.createdBy(), resolution.createdAt(), resolution.updatedBy(), resolution.updatedAt(),
                resolution.adoptedAt(), resolution.publishedAt());
    }

    private long insert(String table, Map<String, Object> columns) {
        String sql = "INSERT INTO " + table(table) + " (" + String.join(", ", columns.keySet()) + ") VALUES ("
                + String.join(", ", java.util.Collections.nCopies(columns.size(), "?")) + ")";
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql(sql).params(new ArrayList<>(columns.values())).update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    private void update(String table, long id, Map<String, Object> columns) {
        StringBuilder sql = new StringBuilder("UPDATE " + table(table) + " SET ");
        sql.append(String.join(", ", columns.keySet().stream().map(c -> c + " = ?").toList()));
        sql.append(" WHERE id = ?");
        List<Object> params = new ArrayList<>(columns.values());
        params.add(id);
        jdbc.sql(sql.toString()).params(params).update();
    }

    private static String table(String name) {
        return switch (name) {
            case "resolution", "indicator", "target", "task" -> name;
            default -> throw new IllegalArgumentException("not a plan table: " + name);
        };
    }
}
