package vn.chitieu.plan.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import vn.chitieu.plan.Resolution.SourceFile;

/** The original files, byte for byte. */
@Repository
public class SourceFileRepository {
    private final JdbcClient jdbc;

    SourceFileRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public SourceFile store(String fileName, String mediaType, byte[] bytes, String sha256, String by, Instant at) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO source_file (sha256, file_name, media_type, size_bytes, content, uploaded_by, uploaded_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(sha256, fileName, mediaType, bytes.length, bytes, by, Timestamp.from(at))
                .update(keys, "id");
        return new SourceFile(keys.getKeyAs(Long.class), fileName, mediaType, bytes.length, sha256);
    }

    public Optional<byte[]> content(long id) {
        return jdbc.sql("SELECT content FROM source_file WHERE id = ?").param(id).query((row, n) -> row.getBytes("content")).optional();
    }
}
