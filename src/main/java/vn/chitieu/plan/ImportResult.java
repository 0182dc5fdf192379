package vn.chitieu.plan;

/**
 * The outcome of importing a file.
 *
 * @param existing true when the unit already has a resolution from the very same file (same
 *     SHA-256): that one is offered instead of a duplicate
 */
public record ImportResult(Resolution resolution, boolean existing) {}
