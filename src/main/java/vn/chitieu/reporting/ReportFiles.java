package vn.chitieu.reporting;

import org.springframework.stereotype.Service;
import vn.chitieu.reporting.internal.ChartImage;
import vn.chitieu.reporting.internal.DocxReport;
import vn.chitieu.reporting.internal.DocxRollUp;
import vn.chitieu.reporting.internal.PdfReport;
import vn.chitieu.reporting.internal.ReportFonts;
import vn.chitieu.reporting.internal.XlsxReport;
import vn.chitieu.reporting.internal.XlsxRollUp;

/** Writes a report or a roll-up in a format: the same content in each. */
@Service
public class ReportFiles {
    /**
     * The report in {@code format}. The PDF needs a font with Vietnamese letters ({@link ReportFontsMissing}
     * without one); the DOCX then goes without its chart, its text being in Word's own fonts.
     */
    public byte[] write(ImplementationReport report, ReportFormat format) {
        return switch (format) {
            case DOCX -> DocxReport.write(report, chart(report));
            case XLSX -> XlsxReport.write(report);
            case PDF -> PdfReport.write(report, ReportFonts.system());
        };
    }

    private static byte[] chart(ImplementationReport report) {
        try {
            return report.counts().isEmpty() ? null : ChartImage.counts(report.counts(), ReportFonts.system(), report.locale());
        } catch (ReportFontsMissing noFont) {
            return null;
        }
    }

    public byte[] write(RollUp rollUp, ReportFormat format) {
        return switch (format) {
            case DOCX -> DocxRollUp.write(rollUp);
            case XLSX -> XlsxRollUp.write(rollUp);
            case PDF -> throw new IllegalArgumentException("a roll-up is written as DOCX or XLSX");
        };
    }
}
