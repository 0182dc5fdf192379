package vn.chitieu.plan;

/** Where a resolution stands: being reviewed, adopted (its targets can be monitored), or public. */
public enum ResolutionStatus {
    DRAFT,
    ADOPTED,
    PUBLISHED
}
