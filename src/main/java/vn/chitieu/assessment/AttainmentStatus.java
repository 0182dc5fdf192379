package vn.chitieu.assessment;

/** Where a target stands against its plan, as reports put it. */
public enum AttainmentStatus {
    /** vượt */
    EXCEEDED,
    /** đạt */
    MET,
    /** không đạt */
    NOT_MET,
    /** chưa đến hạn */
    PENDING,
    NO_DATA,
    NO_BASELINE
}
