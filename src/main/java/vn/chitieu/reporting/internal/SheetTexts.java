package vn.chitieu.reporting.internal;

/**
 * The few words the spreadsheets need that the report content does not carry: sheet names, the
 * totals label, the estimate note and the headings of the roll-up's second table. They are
 * Vietnamese like the rest of the official document; kept here, in one place, until the content
 * ({@link vn.chitieu.reporting.RollUp}, {@link vn.chitieu.reporting.ImplementationReport}) carries them.
 */
final class SheetTexts {
    /** Sheet names are at most 31 characters, shorter than the content's headings. */
    static final String REPORT_SHEET = "Biểu chỉ tiêu";
    static final String ROLL_UP_SHEET = "Tổng hợp";
    static final String NOT_MET_SHEET = "Chỉ tiêu không đạt";

    /** Appended to the assessment of a row whose value is an estimate ("Vượt (số ước)"). */
    static final String ESTIMATE_NOTE = " (số ước)";
    /** The label of the roll-up's totals row. */
    static final String TOTAL = "Tổng cộng";
    /** The headings after STT of the table of targets most often not met. */
    static final String SUBJECT = "Chỉ tiêu";
    static final String UNIT = "Đơn vị tính";
    static final String NOT_MET = "Số xã không đạt";
    static final String COMMUNES = "Số xã có chỉ tiêu";
    static final String SHARE = "Tỷ lệ không đạt (%)";

    private SheetTexts() {}
}
