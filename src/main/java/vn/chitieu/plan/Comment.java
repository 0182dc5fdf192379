package vn.chitieu.plan;

import java.time.Instant;

/**
 * A remark on a resolution by someone who may comment on it (a council member of the commune, or
 * one of its officials). Kept for good, like every change.
 *
 * @param author the account's user name
 * @param authorName the account's display name, the user name when the account is gone
 * @param targetId the target it is about, or {@code null} for the resolution as a whole
 * @param period the period it is about ({@code 2026-H1}), or {@code null}
 */
public record Comment(long id, long resolutionId, String author, String authorName, String body, Instant at, Long targetId,
        String period) {}
