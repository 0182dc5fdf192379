package vn.chitieu.monitoring.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import vn.chitieu.monitoring.ActualInput;
import vn.chitieu.monitoring.ActualValue;
import vn.chitieu.monitoring.PeriodStatus;

/** The actual_value and reporting_period tables, and where a target belongs. */
@Repository
public class ActualRepository {
    private static final String COLUMNS = "SELECT id, target_id, resolution_id, period, amount, achieved, achieved_on, estimate, note, version,"
            + " entered_by, entered_at FROM actual_value ";
    private final JdbcClient jdbc;

    ActualRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A target still in its resolution: its resolution and kind. */
    public record TargetRef(long targetId, long resolutionId, String kind) {}

    public Optional<TargetRef> target(long targetId) {
        return jdbc.sql("SELECT t.id, i.resolution_id, t.kind FROM target t JOIN indicator i ON i.id = t.indicator_id"
                        + " WHERE t.id = ? AND NOT t.archived AND NOT i.archived")
                .param(targetId)
                .query((row, n) -> new TargetRef(row.getLong(1), row.getLong(2), row.getString(3)))
                .optional();
    }

    /**
     * Locks the resolution's row until the transaction ends: entering a value and moving a period
     * both take it first, so no value slips into a period between its check and its submission.
     */
    public void lockResolution(long resolutionId) {
        jdbc.sql("SELECT id FROM resolution WHERE id = ? FOR UPDATE").param(resolutionId).query(Long.class).optional();
    }

    public Optional<ActualValue> find(long targetId, String period) {
        return jdbc.sql(COLUMNS + "WHERE target_id = ? AND period = ?").params(targetId, period).query(ActualRepository::value).optional();
    }

    /** Every value entered for the resolution's targets. */
    public List<ActualValue> forResolution(long resolutionId) {
        return jdbc.sql(COLUMNS + "WHERE resolution_id = ?").param(resolutionId).query(ActualRepository::value).list();
    }

    /** The values entered for one period of the resolution. */
    public List<ActualValue> forPeriod(long resolutionId, String period) {
        return jdbc.sql(COLUMNS + "WHERE resolution_id = ? AND period = ?").params(resolutionId, period).query(ActualRepository::value).list();
    }

    /** The periods of the resolution that were approved. */
    public java.util.Set<String> approvedPeriods(long resolutionId) {
        return new java.util.HashSet<>(jdbc.sql("SELECT period FROM reporting_period WHERE resolution_id = ? AND status = 'APPROVED'")
                .param(resolutionId).query(String.class).list());
    }

    public List<ActualValue> forTarget(long targetId) {
        return jdbc.sql(COLUMNS + "WHERE target_id = ?").param(targetId).query(ActualRepository::value).list();
    }

    public long insert(long targetId, long resolutionId, String period, ActualInput input, String by, Instant at) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO actual_value (target_id, resolution_id, period, amount, achieved, achieved_on, estimate, note, version,"
                        + " entered_by, entered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)")
                .params(targetId, resolutionId, period, input.value(), input.achieved(), date(input), Boolean.TRUE.equals(input.estimate()),
                        input.note(), by, Timestamp.from(at))
                .update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    /** Replaces the value if it is still at {@code version}; false when someone changed it first. */
    public boolean update(long id, int version, ActualInput input, String by, Instant at) {
        return jdbc.sql("UPDATE actual_value SET amount = ?, achieved = ?, achieved_on = ?, estimate = ?, note = ?, version = version + 1,"
                        + " entered_by = ?, entered_at = ? WHERE id = ? AND version = ?")
                .params(input.value(), input.achieved(), date(input), Boolean.TRUE.equals(input.estimate()), input.note(), by,
                        Timestamp.from(at), id, version)
                .update() == 1;
    }

    /** The period's reporting state; a period nobody has submitted is a DRAFT. */
    public PeriodStatus periodStatus(long resolutionId, String period) {
        return jdbc.sql("SELECT status FROM reporting_period WHERE resolution_id = ? AND period = ?").params(resolutionId, period)
                .query(String.class).optional().map(PeriodStatus::valueOf).orElse(PeriodStatus.DRAFT);
    }

    /** Every period of the resolution that has left DRAFT once, with its state. */
    public java.util.Map<String, ReportState> periodStates(long resolutionId) {
        java.util.Map<String, ReportState> states = new java.util.HashMap<>();
        jdbc.sql("SELECT period, status, version, reason, changed_by, changed_at FROM reporting_period WHERE resolution_id = ?")
                .param(resolutionId)
                .query(row -> {
                    states.put(row.getString("period"), new ReportState(PeriodStatus.valueOf(row.getString("status")), row.getInt("version"),
                            row.getString("reason"), row.getString("changed_by"), row.getTimestamp("changed_at").toInstant()));
                });
        return states;
    }

    /** The periods of these resolutions that have left DRAFT once, and where each stands: resolution → period → status. */
    public java.util.Map<Long, java.util.Map<String, PeriodStatus>> reportStatuses(java.util.Collection<Long> resolutionIds) {
        java.util.Map<Long, java.util.Map<String, PeriodStatus>> statuses = new java.util.HashMap<>();
        if (resolutionIds.isEmpty()) {
            return statuses;
        }
        jdbc.sql("SELECT resolution_id, period, status FROM reporting_period WHERE resolution_id IN (:ids)")
                .param("ids", List.copyOf(resolutionIds))
                .query(row -> {
                    statuses.computeIfAbsent(row.getLong(1), id -> new java.util.HashMap<>())
                            .put(row.getString(2), PeriodStatus.valueOf(row.getString(3)));
                });
        return statuses;
    }

    /** A period's reporting state as stored. */
    public record ReportState(PeriodStatus status, int version, String reason, String changedBy, Instant changedAt) {}

    /**
     * Moves a period from {@code from} to {@code to}, unless someone moved it first (then false). A
     * period with no row is a DRAFT: its first move inserts the row.
     */
    public boolean movePeriod(long resolutionId, String period, PeriodStatus from, PeriodStatus to, String reason, String by, Instant at) {
        int updated = jdbc.sql("UPDATE reporting_period SET status = ?, version = version + 1, reason = ?, changed_by = ?, changed_at = ?"
                        + " WHERE resolution_id = ? AND period = ? AND status = ?")
                .params(to.name(), reason, by, Timestamp.from(at), resolutionId, period, from.name()).update();
        if (updated == 1 || from != PeriodStatus.DRAFT) {
            return updated == 1;
        }
        try {
            return jdbc.sql("INSERT INTO reporting_period (resolution_id, period, status, version, reason, changed_by, changed_at)"
                            + " VALUES (?, ?, ?, 1, ?, ?, ?)")
                    .params(resolutionId, period, to.name(), reason, by, Timestamp.from(at)).update() == 1;
        } catch (org.springframework.dao.DuplicateKeyException movedMeanwhile) {
            return false;
        }
    }

    private static Date date(ActualInput input) {
        return input.on() == null ? null : Date.valueOf(input.on());
    }

    private static ActualValue value(ResultSet row, int n) throws SQLException {
        boolean achieved = row.getBoolean("achieved");
        Boolean achievedOrNull = row.wasNull() ? null : achieved;
        Date on = row.getDate("achieved_on");
        return new ActualValue(row.getLong("id"), row.getLong("target_id"), row.getLong("resolution_id"), row.getString("period"),
                row.getBigDecimal("amount"), achievedOrNull, on == null ? null : on.toLocalDate(), row.getBoolean("estimate"),
                row.getString("note"), row.getInt("version"), row.getString("entered_by"), row.getTimestamp("entered_at").toInstant());
    }
}
