package vn.chitieu.assessment;

/** Whether the trend since the baseline reaches the target in time (Open SDG, after Statistics Canada). */
public enum TrajectoryStatus {
    ACHIEVED,
    ON_TRACK,
    ACCELERATE,
    LIMITED,
    DETERIORATING,
    NOT_ASSESSABLE,
    NO_BASELINE
}
