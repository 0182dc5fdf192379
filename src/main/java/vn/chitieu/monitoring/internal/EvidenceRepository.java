package vn.chitieu.monitoring.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Evidence files of actual values: kept in source_file with the other uploaded files, linked from actual_value. */
@Repository
public class EvidenceRepository {
    private final JdbcClient jdbc;

    EvidenceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A file as stored, without its bytes. */
    public record StoredFile(long id, String fileName, String mediaType, long size) {}

    /** Stores the file and links it to the value; answers the file's id. */
    public long attach(long actualValueId, String fileName, String mediaType, byte[] bytes, String sha256, String by, Instant at) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO source_file (sha256, file_name, media_type, size_bytes, content, uploaded_by, uploaded_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(sha256, fileName, mediaType, bytes.length, bytes, by, Timestamp.from(at))
                .update(key, "id");
        long fileId = key.getKeyAs(Number.class).longValue();
        jdbc.sql("UPDATE actual_value SET evidence_file_id = ? WHERE id = ?").params(fileId, actualValueId).update();
        return fileId;
    }

    /** The evidence of a resolution's values, by value id. */
    public Map<Long, StoredFile> forResolution(long resolutionId) {
        Map<Long, StoredFile> files = new HashMap<>();
        jdbc.sql("SELECT v.id, f.id, f.file_name, f.media_type, f.size_bytes FROM actual_value v JOIN source_file f ON f.id = v.evidence_file_id"
                        + " WHERE v.resolution_id = ?")
                .param(resolutionId)
                .query(row -> {
                    files.put(row.getLong(1), new StoredFile(row.getLong(2), row.getString(3), row.getString(4), row.getLong(5)));
                });
        return files;
    }

    public Optional<StoredFile> ofValue(long actualValueId) {
        return jdbc.sql("SELECT f.id, f.file_name, f.media_type, f.size_bytes FROM actual_value v JOIN source_file f ON f.id = v.evidence_file_id"
                        + " WHERE v.id = ?")
                .param(actualValueId)
                .query((row, n) -> new StoredFile(row.getLong(1), row.getString(2), row.getString(3), row.getLong(4)))
                .optional();
    }

    public byte[] content(long fileId) {
        return jdbc.sql("SELECT content FROM source_file WHERE id = ?").param(fileId).query((row, n) -> row.getBytes(1)).single();
    }
}
