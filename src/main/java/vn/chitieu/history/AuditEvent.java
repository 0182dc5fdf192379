package vn.chitieu.history;

import java.time.Instant;

/**
 * One recorded change: who did what to which thing, when, and the thing before and after (JSON,
 * {@code null} for a creation's before).
 *
 * @param entityType {@code resolution}, {@code indicator}, {@code target}, {@code task}, …
 * @param resolutionId the resolution the thing belongs to, so its whole history can be shown
 */
public record AuditEvent(
        long id, String entityType, long entityId, Long resolutionId, Action action, String actor, Instant at, String before, String after) {

    public enum Action {
        CREATE,
        UPDATE,
        ADOPT,
        PUBLISH,
        ARCHIVE,
        RESTORE
    }
}
