package vn.chitieu.plan.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import vn.chitieu.plan.Comment;

/** The resolution_comment table: comments are added, never changed or deleted. */
@Repository
public class CommentRepository {
    private final JdbcClient jdbc;

    CommentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(long resolutionId, Long targetId, String period, String author, String body, Instant at) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO resolution_comment (resolution_id, target_id, period, author, body, created_at) VALUES (?, ?, ?, ?, ?, ?)")
                .params(resolutionId, targetId, period, author, body, Timestamp.from(at))
                .update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    /** Oldest first, as a conversation reads. */
    public List<Comment> forResolution(long resolutionId) {
        return jdbc.sql("SELECT c.id, c.resolution_id, c.author, COALESCE(a.display_name, c.author) AS author_name, c.body, c.created_at,"
                        + " c.target_id, c.period"
                        + " FROM resolution_comment c LEFT JOIN account a ON a.username = c.author"
                        + " WHERE c.resolution_id = ? ORDER BY c.id")
                .param(resolutionId)
                .query((row, n) -> new Comment(row.getLong("id"), row.getLong("resolution_id"), row.getString("author"),
                        row.getString("author_name"), row.getString("body"), row.getTimestamp("created_at").toInstant(),
                        row.getObject("target_id") == null ? null : row.getLong("target_id"), row.getString("period")))
                .list();
    }
}
