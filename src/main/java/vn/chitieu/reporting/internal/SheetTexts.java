package vn.chitieu.reporting.internal;

/**
 * The few words the spreadsheets need that the report content does not carry: sheet names, the
 * totals label, the estimate note and the share column of the roll-up's second table. They are
 * Vietnamese like the rest of the official document; kept here, in one place, until the content
 * ({@link vn.chitieu.reporting.RollUp}, {@link vn.chitieu.reporting.ImplementationReport}) carries them.
 */
final class SheetTexts {
    /** Sheet names are at most 31 characters, shorter than the content's headings. */
    static final String REPORT_SHEET = "Biểu chỉ tiêu";
    static final String ROLL_UP_SHEET = "Tổng hợp";
    static final String NOT_MET_SHEET = "Chỉ tiêu không đạt";

    /** The label of the roll-up's totals row. */
    static final String TOTAL = "Tổng cộng";
    /** The heading of the share column the roll-up's second table adds to the content's columns. */
    static final String SHARE = "Tỷ lệ không đạt (%)";

    private SheetTexts() {}
}
