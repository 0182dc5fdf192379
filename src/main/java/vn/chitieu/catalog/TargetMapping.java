package vn.chitieu.catalog;

import java.time.Instant;

/**
 * Where a target stands in the catalogue: the indicator proposed (with the matcher's confidence) or
 * chosen by an official (confirmed; a confirmed mapping without a code says "none of them").
 *
 * @param code the catalogue indicator, or {@code null} for none
 * @param confidence the matcher's, 0 to 1; {@code null} once an official chose
 */
public record TargetMapping(long targetId, long resolutionId, String subject, String unit, String code, Double confidence,
        boolean confirmed, String confirmedBy, Instant confirmedAt) {}
