package vn.chitieu.monitoring;

/** Where a resolution's report for one period stands. */
public enum PeriodStatus {
    DRAFT,
    SUBMITTED,
    APPROVED,
    RETURNED;

    /** Values can change while the officer still works on the period. */
    public boolean open() {
        return this == DRAFT || this == RETURNED;
    }
}
