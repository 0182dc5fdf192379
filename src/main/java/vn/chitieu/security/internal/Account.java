package vn.chitieu.security.internal;

import java.time.Instant;
import vn.chitieu.security.Actor;
import vn.chitieu.security.Role;

/**
 * A person's account as an administrator sees it; the password hash stays in the database.
 *
 * @param unitCode the commune or province the account is for; {@code null} for an admin
 * @param lockedUntil set after too many failed sign-ins; the account may sign in again after it
 */
public record Account(long id, String username, String displayName, Role role, String unitCode, boolean enabled,
        Instant lockedUntil, Instant createdAt) {

    public Actor actor() {
        return new Actor(id, username, displayName, role, unitCode);
    }

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
