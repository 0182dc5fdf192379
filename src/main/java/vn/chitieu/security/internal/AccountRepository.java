package vn.chitieu.security.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import vn.chitieu.security.Role;

/** The accounts in table {@code account}. Usernames are kept and looked up in lower case. */
@Repository
public class AccountRepository {
    private static final String COLUMNS =
            "SELECT id, username, display_name, role, unit_code, enabled, locked_until, created_at FROM account ";
    private final JdbcClient jdbc;

    AccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The form in which usernames are stored: trimmed, lower case. */
    public static String normalize(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    public Optional<Account> find(long id) {
        return jdbc.sql(COLUMNS + "WHERE id = ?").param(id).query(AccountRepository::account).optional();
    }

    public Optional<Account> findByUsername(String username) {
        return jdbc.sql(COLUMNS + "WHERE username = ?").param(normalize(username)).query(AccountRepository::account).optional();
    }

    /** The account with its password hash, for checking a sign-in. */
    public Optional<AccountUser> signInDetails(String username) {
        return jdbc.sql(COLUMNS.replace(" FROM", ", password_hash FROM") + "WHERE username = ?")
                .param(normalize(username))
                .query((row, n) -> new AccountUser(account(row, n), row.getString("password_hash")))
                .optional();
    }

    public List<Account> all() {
        return jdbc.sql(COLUMNS + "ORDER BY username").query(AccountRepository::account).list();
    }

    public boolean anyWithRole(Role role) {
        return jdbc.sql("SELECT count(*) FROM account WHERE role = ?").param(role.name()).query(Long.class).single() > 0;
    }

    public long insert(String username, String displayName, Role role, String unitCode, String passwordHash, Instant now) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO account (username, display_name, password_hash, role, unit_code, created_at) VALUES (?, ?, ?, ?, ?, ?)")
                .params(normalize(username), displayName, passwordHash, role.name(), unitCode, timestamp(now))
                .update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    public String passwordHash(long id) {
        return jdbc.sql("SELECT password_hash FROM account WHERE id = ?").param(id).query(String.class).single();
    }

    /** A new password also lifts a lock: whoever set it knows it. */
    public void setPassword(long id, String passwordHash) {
        jdbc.sql("UPDATE account SET password_hash = ?, failed_attempts = 0, locked_until = NULL, version = version + 1 WHERE id = ?")
                .params(passwordHash, id).update();
    }

    public boolean setEnabled(long id, boolean enabled) {
        return jdbc.sql("UPDATE account SET enabled = ?, version = version + 1 WHERE id = ?").params(enabled, id).update() == 1;
    }

    /** Counts one failed sign-in; false when there is no such account. */
    public boolean addFailedAttempt(String username) {
        return jdbc.sql("UPDATE account SET failed_attempts = failed_attempts + 1 WHERE username = ?")
                .param(normalize(username)).update() == 1;
    }

    /** Locks the account if it has reached the limit of failed attempts, and starts counting again. */
    public boolean lockIfFailedAtLeast(String username, int attempts, Instant until) {
        return jdbc.sql("UPDATE account SET failed_attempts = 0, locked_until = ? WHERE username = ? AND failed_attempts >= ?")
                .params(timestamp(until), normalize(username), attempts).update() == 1;
    }

    public void clearFailedAttempts(String username) {
        jdbc.sql("UPDATE account SET failed_attempts = 0, locked_until = NULL "
                        + "WHERE username = ? AND (failed_attempts <> 0 OR locked_until IS NOT NULL)")
                .param(normalize(username)).update();
    }

    static OffsetDateTime timestamp(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static Account account(ResultSet row, int rowNumber) throws SQLException {
        return new Account(row.getLong("id"), row.getString("username"), row.getString("display_name"),
                Role.valueOf(row.getString("role")), row.getString("unit_code"), row.getBoolean("enabled"),
                instant(row, "locked_until"), instant(row, "created_at"));
    }
}
