package vn.chitieu.extraction;

/** The field an indicator belongs to, from the heading it stands under. */
public enum IndicatorGroup {
    ECONOMY,
    SOCIETY,
    ENVIRONMENT,
    DIGITAL_ADMIN,
    DEFENSE_SECURITY,
    OTHER
}
