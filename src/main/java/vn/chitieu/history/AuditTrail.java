package vn.chitieu.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every change to the plan, kept for good: nothing in it is ever updated or deleted. */
@Repository
public class AuditTrail {
    private static final String COLUMNS =
            "SELECT id, entity_type, entity_id, resolution_id, action, actor, occurred_at, before_json, after_json FROM audit_event ";
    private final JdbcClient jdbc;
    private final ObjectMapper json;

    AuditTrail(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Records a change; {@code before} and {@code after} are written as JSON. */
    public void record(String entityType, long entityId, Long resolutionId, AuditEvent.Action action, String actor, Instant at,
            Object before, Object after) {
        jdbc.sql("INSERT INTO audit_event (entity_type, entity_id, resolution_id, action, actor, occurred_at, before_json, after_json)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(entityType, entityId, resolutionId, action.name(), actor, Timestamp.from(at), write(before), write(after))
                .update();
    }

    public List<AuditEvent> forEntity(String entityType, long entityId) {
        return jdbc.sql(COLUMNS + "WHERE entity_type = ? AND entity_id = ? ORDER BY id").params(entityType, entityId)
                .query(AuditTrail::event).list();
    }

    /** The history of a resolution and of everything in it, oldest first. */
    public List<AuditEvent> forResolution(long resolutionId) {
        return jdbc.sql(COLUMNS + "WHERE resolution_id = ? ORDER BY id").param(resolutionId).query(AuditTrail::event).list();
    }

    /**
     * The newest events of a resolution's history, newest first, as a summary shows them: the parts
     * an import created together with the resolution (same person, same instant) are left out and
     * counted instead, so a page shows the last few changes without reading the whole history.
     *
     * @param events at most {@code limit} events, newest first
     * @param more whether older events than these exist
     * @param importedParts for each resolution creation among {@code events} (by event id), how
     *     many parts of each type ({@code indicator}, {@code target}, {@code task}) it created
     */
    public record Recent(List<AuditEvent> events, boolean more, Map<Long, Map<String, Integer>> importedParts) {}

    public Recent recentForResolution(long resolutionId, int limit) {
        List<AuditEvent> newest = jdbc.sql(COLUMNS + "e WHERE e.resolution_id = :id AND NOT (e.action = 'CREATE'"
                        + " AND e.entity_type IN ('indicator', 'target', 'task') AND EXISTS (SELECT 1 FROM audit_event r"
                        + " WHERE r.resolution_id = e.resolution_id AND r.entity_type = 'resolution' AND r.action = 'CREATE'"
                        + " AND r.actor = e.actor AND r.occurred_at = e.occurred_at)) ORDER BY e.id DESC LIMIT :limit")
                .param("id", resolutionId).param("limit", limit + 1).query(AuditTrail::event).list();
        Map<Long, Map<String, Integer>> imported = new HashMap<>();
        if (newest.stream().limit(limit).anyMatch(e -> e.action() == AuditEvent.Action.CREATE && e.entityType().equals("resolution"))) {
            jdbc.sql("SELECT r.id, e.entity_type, COUNT(*) AS parts FROM audit_event r JOIN audit_event e"
                            + " ON e.resolution_id = r.resolution_id AND e.actor = r.actor AND e.occurred_at = r.occurred_at"
                            + " AND e.action = 'CREATE' AND e.entity_type IN ('indicator', 'target', 'task')"
                            + " WHERE r.resolution_id = ? AND r.entity_type = 'resolution' AND r.action = 'CREATE'"
                            + " GROUP BY r.id, e.entity_type")
                    .param(resolutionId)
                    .query(row -> {
                        imported.computeIfAbsent(row.getLong("id"), k -> new LinkedHashMap<>())
                                .put(row.getString("entity_type"), row.getInt("parts"));
                    });
        }
        return new Recent(newest.stream().limit(limit).toList(), newest.size() > limit, imported);
    }

    private String write(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the audit record of " + value.getClass().getSimpleName(), e);
        }
    }

    private static AuditEvent event(ResultSet row, int rowNumber) throws SQLException {
        long resolution = row.getLong("resolution_id");
        return new AuditEvent(row.getLong("id"), row.getString("entity_type"), row.getLong("entity_id"),
                row.wasNull() ? null : resolution, AuditEvent.Action.valueOf(row.getString("action")), row.getString("actor"),
                row.getTimestamp("occurred_at").toInstant(), row.getString("before_json"), row.getString("after_json"));
    }
}
