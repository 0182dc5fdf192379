package vn.chitieu.reporting.internal;

import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.chitieu.reporting.ImplementationReport;
import vn.chitieu.reporting.ImplementationReport.Appendix;
import vn.chitieu.reporting.ImplementationReport.Row;

/**
 * Writes the indicator table attached to a commune's implementation report ("Biểu chỉ tiêu") as an
 * Excel workbook, with numbers kept as numbers so that officials can compute with them.
 */
public final class XlsxReport {
    /** Widths in characters, column by column: STT, indicator, unit, plan, the four numbers, assessment. */
    private static final int[] WIDTHS = {6, 46, 12, 20, 13, 13, 12, 12, 18};
    /** The issuing body's lines sit above STT, indicator and unit, as on the paper form. */
    private static final int ISSUER_SPAN = 3;
    /** STT and the indicator stay in view when the numbers scroll sideways. */
    private static final int FROZEN_COLUMNS = 2;

    private XlsxReport() {}

    public static byte[] write(ImplementationReport report) {
        Appendix appendix = report.appendix();
        XSSFWorkbook workbook = new XSSFWorkbook();
        workbook.getProperties().getCoreProperties().setTitle(appendix.title());
        SheetStyles styles = new SheetStyles(workbook, report.locale());
        SheetWriter sheet = new SheetWriter(workbook, styles, SheetTexts.REPORT_SHEET, WIDTHS);
        sheet.draft(report.draftMark());
        sheet.lines(report.heading().issuer(), styles.issuer, ISSUER_SPAN);
        sheet.skip();
        sheet.line(appendix.title(), styles.title, WIDTHS.length);
        sheet.line(appendix.subtitle(), styles.subtitle, WIDTHS.length);
        sheet.skip();
        sheet.header(appendix.columns());
        for (Row row : appendix.rows()) {
            if (row.group()) {
                group(sheet, styles, row);
            } else {
                target(sheet, styles, row, appendix.estimateMark());
            }
        }
        sheet.finish(FROZEN_COLUMNS);
        return SheetWriter.bytes(workbook);
    }

    /** A group's number and heading in bold, the heading across the rest of the row. */
    private static void group(SheetWriter sheet, SheetStyles styles, Row row) {
        XSSFRow line = sheet.row();
        sheet.text(line, 0, row.no(), styles.boldCentered);
        sheet.text(line, 1, row.indicator(), styles.bold);
        sheet.blank(line, 2, WIDTHS.length - 1, styles.bold);
        sheet.merge(line, 1, WIDTHS.length - 1);
    }

    private static void target(SheetWriter sheet, SheetStyles styles, Row row, String estimateMark) {
        XSSFRow line = sheet.row();
        sheet.text(line, 0, row.no(), styles.centered);
        sheet.text(line, 1, row.indicator(), styles.wrapped);
        sheet.text(line, 2, row.unit(), styles.centeredWrapped);
        sheet.text(line, 3, row.plan(), styles.wrapped);
        sheet.decimal(line, 4, row.actual());
        sheet.decimal(line, 5, row.lastYear());
        sheet.percent(line, 6, row.percentOfPlan());
        sheet.percent(line, 7, row.percentOfLastYear());
        sheet.text(line, 8, assessment(row, estimateMark), styles.wrapped);
        sheet.fit(line);
    }

    /** The assessment, noting an estimated value there so that the value's cell stays a number. */
    private static String assessment(Row row, String estimateMark) {
        if (!row.estimate()) {
            return row.assessment();
        }
        String note = "(" + estimateMark + ")";
        return row.assessment() == null ? note : row.assessment() + " " + note;
    }
}
