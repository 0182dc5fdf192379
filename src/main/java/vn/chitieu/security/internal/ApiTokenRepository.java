package vn.chitieu.security.internal;

import static vn.chitieu.security.internal.AccountRepository.instant;
import static vn.chitieu.security.internal.AccountRepository.timestamp;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The personal API tokens in table {@code api_token}, found by the SHA-256 of the token. */
@Repository
class ApiTokenRepository {
    /** A token that may authenticate: not revoked, its account enabled. */
    record Active(long id, long accountId, Instant lastUsedAt) {}

    private final JdbcClient jdbc;

    ApiTokenRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long accountId, String name, String tokenHash, Instant now) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO api_token (account_id, name, token_hash, created_at) VALUES (?, ?, ?, ?)")
                .params(accountId, name, tokenHash, timestamp(now))
                .update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    List<ApiToken> ofAccount(long accountId) {
        return jdbc.sql("SELECT id, name, created_at, last_used_at, revoked_at FROM api_token WHERE account_id = ? ORDER BY id")
                .param(accountId)
                .query((row, n) -> new ApiToken(row.getLong("id"), row.getString("name"), instant(row, "created_at"),
                        instant(row, "last_used_at"), instant(row, "revoked_at")))
                .list();
    }

    Optional<Active> findActive(String tokenHash) {
        return jdbc.sql("SELECT t.id, t.account_id, t.last_used_at FROM api_token t JOIN account a ON a.id = t.account_id "
                        + "WHERE t.token_hash = ? AND t.revoked_at IS NULL AND a.enabled")
                .param(tokenHash)
                .query((row, n) -> new Active(row.getLong("id"), row.getLong("account_id"), instant(row, "last_used_at")))
                .optional();
    }

    void touch(long id, Instant now) {
        jdbc.sql("UPDATE api_token SET last_used_at = ? WHERE id = ?").params(timestamp(now), id).update();
    }

    /** Revokes the owner's token (once: a second revocation keeps the first time); false when the owner has no such token. */
    boolean revoke(long id, long accountId, Instant now) {
        return jdbc.sql("UPDATE api_token SET revoked_at = COALESCE(revoked_at, ?) WHERE id = ? AND account_id = ?")
                .params(timestamp(now), id, accountId).update() == 1;
    }
}
