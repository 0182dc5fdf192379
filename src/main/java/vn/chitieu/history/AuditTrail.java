package vn.chitieu.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
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
