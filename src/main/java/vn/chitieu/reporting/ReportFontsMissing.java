package vn.chitieu.reporting;

/**
 * No serif font with Vietnamese letters was found to write a report with. Said to the operator:
 * the message names the folders looked in and what to install or set.
 */
public class ReportFontsMissing extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    public ReportFontsMissing(String message) {
        super(message);
    }
}
