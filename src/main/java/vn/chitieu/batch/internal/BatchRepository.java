package vn.chitieu.batch.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import vn.chitieu.batch.Batch;
import vn.chitieu.batch.BatchDocument;
import vn.chitieu.batch.BatchDocument.State;
import vn.chitieu.batch.BatchSummary;

/**
 * Batches and their documents in the database. Every change of a document's state names the state
 * it moves from, so that a job run twice, or two instances racing, change it once.
 */
@Repository
public class BatchRepository {
    private static final String DOCUMENT_COLUMNS = "SELECT id, position, file_name, size_bytes, state, unit_read, proposed_unit, unit_code, "
            + "resolution_id, existing, reason_key, reason_detail FROM batch_document ";
    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final Clock clock;

    BatchRepository(JdbcClient jdbc, JdbcTemplate template, Optional<Clock> clock) {
        this.jdbc = jdbc;
        this.template = template;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** Saves a new batch with its documents, the readable ones to be read and the refused ones failed; answers the batch's id. */
    public long insert(String provinceCode, String createdBy, List<Unpacked> documents) {
        KeyHolder keys = new GeneratedKeyHolder();
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("INSERT INTO import_batch (province_code, created_by, created_at) VALUES (?, ?, ?)")
                .params(provinceCode, createdBy, now).update(keys, "id");
        long batchId = keys.getKeyAs(Long.class);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            Unpacked document = documents.get(i);
            rows.add(new Object[] {batchId, i, truncated(document.name(), 255), document.sizeBytes(), document.bytes(),
                document.refused() ? State.FAILED.name() : State.READING.name(), document.reasonKey(), now});
        }
        template.batchUpdate("INSERT INTO batch_document (batch_id, position, file_name, size_bytes, content, state, reason_key, updated_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows);
        return batchId;
    }

    public Optional<Batch> find(long id) {
        return jdbc.sql("SELECT id, province_code, created_by, created_at FROM import_batch WHERE id = ?").param(id)
                .query((row, n) -> new Batch(row.getLong("id"), row.getString("province_code"), row.getString("created_by"),
                        row.getTimestamp("created_at").toInstant(), documents(id)))
                .optional();
    }

    private List<BatchDocument> documents(long batchId) {
        return jdbc.sql(DOCUMENT_COLUMNS + "WHERE batch_id = ? ORDER BY position").param(batchId).query(BatchRepository::document).list();
    }

    public Optional<BatchDocument> document(long id) {
        return jdbc.sql(DOCUMENT_COLUMNS + "WHERE id = ?").param(id).query(BatchRepository::document).optional();
    }

    /** The ids of the batch's documents in a state, in order. */
    public List<Long> ids(long batchId, State state) {
        return jdbc.sql("SELECT id FROM batch_document WHERE batch_id = ? AND state = ? ORDER BY position").params(batchId, state.name())
                .query(Long.class).list();
    }

    public List<BatchSummary> recent(String provinceCode, int limit) {
        return jdbc.sql("SELECT b.id, b.created_by, b.created_at, count(d.id) AS documents, "
                        + "sum(CASE WHEN d.state = 'IMPORTED' THEN 1 ELSE 0 END) AS imported, "
                        + "sum(CASE WHEN d.state = 'FAILED' THEN 1 ELSE 0 END) AS failed, "
                        + "sum(CASE WHEN d.state IN ('READING', 'QUEUED') THEN 1 ELSE 0 END) AS pending "
                        + "FROM import_batch b LEFT JOIN batch_document d ON d.batch_id = b.id WHERE b.province_code = ? "
                        + "GROUP BY b.id, b.created_by, b.created_at ORDER BY b.id DESC LIMIT ?")
                .params(provinceCode, limit)
                .query((row, n) -> new BatchSummary(row.getLong("id"), row.getString("created_by"), row.getTimestamp("created_at").toInstant(),
                        row.getInt("documents"), row.getInt("imported"), row.getInt("failed"), row.getInt("pending")))
                .list();
    }

    /** A document still to be read or imported, with its bytes; empty when it is no longer in that state. */
    public Optional<Work> work(long id, State state) {
        return jdbc.sql("SELECT d.id, d.file_name, d.content, d.unit_code, b.province_code, b.created_by FROM batch_document d "
                        + "JOIN import_batch b ON b.id = d.batch_id WHERE d.id = ? AND d.state = ?")
                .params(id, state.name()).query(BatchRepository::work).optional();
    }

    /**
     * The same, and the row locked until the transaction ends: a second run of the job waits here and
     * then finds the document imported.
     */
    public Optional<Work> lockQueued(long id) {
        boolean queued = jdbc.sql("SELECT id FROM batch_document WHERE id = ? AND state = 'QUEUED' FOR UPDATE").param(id)
                .query(Long.class).optional().isPresent();
        return queued ? work(id, State.QUEUED) : Optional.empty();
    }

    /** Read: the unit its text names and the commune found for it, if any. */
    public boolean read(long id, String unitRead, String proposedUnit) {
        return jdbc.sql("UPDATE batch_document SET state = ?, unit_read = ?, proposed_unit = ?, updated_at = ? WHERE id = ? AND state = 'READING'")
                .params(proposedUnit == null ? State.NEEDS_REVIEW.name() : State.PROPOSED.name(), truncated(unitRead, 300), proposedUnit,
                        Timestamp.from(clock.instant()), id)
                .update() == 1;
    }

    /** Confirmed for a commune and queued for import; false when it no longer waited for confirmation. */
    public boolean queue(long id, long batchId, String unitCode) {
        return jdbc.sql("UPDATE batch_document SET state = 'QUEUED', unit_code = ?, updated_at = ? "
                        + "WHERE id = ? AND batch_id = ? AND state IN ('PROPOSED', 'NEEDS_REVIEW')")
                .params(unitCode, Timestamp.from(clock.instant()), id, batchId).update() == 1;
    }

    public boolean skip(long id, long batchId) {
        return jdbc.sql("UPDATE batch_document SET state = 'SKIPPED', content = NULL, updated_at = ? "
                        + "WHERE id = ? AND batch_id = ? AND state IN ('PROPOSED', 'NEEDS_REVIEW')")
                .params(Timestamp.from(clock.instant()), id, batchId).update() == 1;
    }

    /** Imported: the file now lives in the resolution's source_file, so the batch lets go of its copy. */
    public void imported(long id, long resolutionId, boolean existing) {
        jdbc.sql("UPDATE batch_document SET state = 'IMPORTED', resolution_id = ?, existing = ?, content = NULL, updated_at = ? "
                        + "WHERE id = ? AND state = 'QUEUED'")
                .params(resolutionId, existing, Timestamp.from(clock.instant()), id).update();
    }

    /** Failed while being read or imported, with the reason. */
    public void failed(long id, State from, String reasonKey, String reasonDetail) {
        jdbc.sql("UPDATE batch_document SET state = 'FAILED', reason_key = ?, reason_detail = ?, updated_at = ? WHERE id = ? AND state = ?")
                .params(reasonKey, reasonDetail, Timestamp.from(clock.instant()), id, from.name()).update();
    }

    /**
     * A document's work: its bytes, the commune it goes to (once confirmed), the batch's province
     * and who handed the batch in.
     */
    public record Work(long id, String fileName, byte[] bytes, String unitCode, String provinceCode, String createdBy) {}

    private static Work work(ResultSet row, int n) throws SQLException {
        return new Work(row.getLong("id"), row.getString("file_name"), row.getBytes("content"), row.getString("unit_code"),
                row.getString("province_code"), row.getString("created_by"));
    }

    private static BatchDocument document(ResultSet row, int n) throws SQLException {
        Long resolution = row.getObject("resolution_id", Long.class);
        return new BatchDocument(row.getLong("id"), row.getInt("position"), row.getString("file_name"), row.getLong("size_bytes"),
                State.valueOf(row.getString("state")), row.getString("unit_read"), row.getString("proposed_unit"), row.getString("unit_code"),
                resolution, row.getBoolean("existing"), row.getString("reason_key"), row.getString("reason_detail"));
    }

    private static String truncated(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }
}
