package vn.chitieu.reporting.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.chitieu.assessment.AttainmentStatus;
import vn.chitieu.reporting.RollUp;
import vn.chitieu.reporting.RollUp.Line;
import vn.chitieu.reporting.RollUp.OftenNotMet;

/**
 * Writes a province's roll-up as an Excel workbook: a sheet of every commune's resolution counted by
 * status, with totals the spreadsheet computes, and a sheet of the targets most often not met.
 */
public final class XlsxRollUp {
    /** The columns before the statuses: STT, commune, resolution, report, indicators. */
    private static final int STATUS_COLUMN = 5;
    private static final int INDICATORS_COLUMN = 4;
    private static final int[] FIXED_WIDTHS = {6, 20, 30, 14, 11};
    /** The widest a text column grows to fit its longest text before it wraps. */
    private static final int MAX_TEXT_WIDTH = 50;
    private static final int STATUS_WIDTH = 11;
    private static final int ISSUER_SPAN = 3;
    private static final int FROZEN_COLUMNS = 2;
    private static final int[] NOT_MET_WIDTHS = {6, 46, 14, 14, 14, 14};

    private XlsxRollUp() {}

    public static byte[] write(RollUp rollUp) {
        XSSFWorkbook workbook = new XSSFWorkbook();
        workbook.getProperties().getCoreProperties().setTitle(String.join(" ", rollUp.title()));
        SheetStyles styles = new SheetStyles(workbook, rollUp.locale());
        communes(workbook, styles, rollUp);
        oftenNotMet(workbook, styles, rollUp);
        // POI computes no formula on its own: cached totals let viewers that do not recalculate show them
        workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
        return SheetWriter.bytes(workbook);
    }

    private static void communes(XSSFWorkbook workbook, SheetStyles styles, RollUp rollUp) {
        List<String> columns = rollUp.columns();
        SheetWriter sheet = new SheetWriter(workbook, styles, SheetTexts.ROLL_UP_SHEET, widths(rollUp));
        sheet.draft(rollUp.draftMark());
        sheet.lines(rollUp.heading().issuer(), styles.issuer, ISSUER_SPAN);
        sheet.skip();
        sheet.lines(rollUp.title(), styles.title, columns.size());
        sheet.skip();
        sheet.header(columns);
        AttainmentStatus[] statuses = AttainmentStatus.values();
        int statusColumns = Math.min(statuses.length, columns.size() - STATUS_COLUMN);
        int first = -1;
        int number = 0;
        for (Line line : rollUp.lines()) {
            XSSFRow row = sheet.row();
            first = first < 0 ? row.getRowNum() : first;
            sheet.count(row, 0, ++number, styles.ordinal);
            sheet.text(row, 1, line.unitName(), styles.wrapped);
            sheet.text(row, 2, line.resolution(), styles.wrapped);
            sheet.text(row, 3, line.reportStatus(), styles.centered);
            sheet.count(row, INDICATORS_COLUMN, line.indicators(), styles.count);
            for (int i = 0; i < statusColumns; i++) {
                sheet.count(row, STATUS_COLUMN + i, line.count(statuses[i]), styles.count);
            }
            sheet.fit(row);
        }
        totals(sheet, styles, first, STATUS_COLUMN + statusColumns);
        sheet.finish(FROZEN_COLUMNS);
    }

    /** The totals row: the sum of each numeric column over the commune rows above it. */
    private static void totals(SheetWriter sheet, SheetStyles styles, int first, int columns) {
        XSSFRow row = sheet.row();
        sheet.blank(row, 0, 0, styles.bold);
        sheet.text(row, 1, SheetTexts.TOTAL, styles.bold);
        sheet.blank(row, 2, INDICATORS_COLUMN - 1, styles.bold);
        sheet.merge(row, 1, INDICATORS_COLUMN - 1);
        for (int column = INDICATORS_COLUMN; column < columns; column++) {
            XSSFCell cell = sheet.count(row, column, 0, styles.boldCount);
            if (first >= 0) {
                String letters = CellReference.convertNumToColString(column);
                cell.setCellFormula("SUM(" + letters + (first + 1) + ":" + letters + row.getRowNum() + ")");
            }
        }
    }

    private static void oftenNotMet(XSSFWorkbook workbook, SheetStyles styles, RollUp rollUp) {
        SheetWriter sheet = new SheetWriter(workbook, styles, SheetTexts.NOT_MET_SHEET, NOT_MET_WIDTHS);
        sheet.draft(rollUp.draftMark());
        sheet.line(rollUp.oftenNotMetHeading(), styles.title, NOT_MET_WIDTHS.length);
        sheet.line(rollUp.periodLabel(), styles.subtitle, NOT_MET_WIDTHS.length);
        sheet.skip();
        List<String> headings = new java.util.ArrayList<>(rollUp.oftenNotMetColumns());
        headings.add(SheetTexts.SHARE);
        sheet.header(headings);
        int number = 0;
        for (OftenNotMet target : rollUp.oftenNotMet()) {
            XSSFRow row = sheet.row();
            sheet.count(row, 0, ++number, styles.ordinal);
            sheet.text(row, 1, target.subject(), styles.wrapped);
            sheet.text(row, 2, target.unit(), styles.centeredWrapped);
            sheet.count(row, 3, target.notMet(), styles.count);
            sheet.count(row, 4, target.communes(), styles.count);
            sheet.percent(row, 5, share(target));
            sheet.fit(row);
        }
        sheet.finish(FROZEN_COLUMNS);
    }

    /** The share of the communes that have the target that did not meet it, in per cent to one decimal. */
    private static BigDecimal share(OftenNotMet target) {
        if (target.communes() == 0) {
            return null;
        }
        return BigDecimal.valueOf(target.notMet() * 100L).divide(BigDecimal.valueOf(target.communes()), 1, RoundingMode.HALF_UP);
    }

    /** The text columns as wide as their longest text, up to a limit; the status columns alike. */
    private static int[] widths(RollUp rollUp) {
        int[] widths = new int[rollUp.columns().size()];
        for (int column = 0; column < widths.length; column++) {
            widths[column] = column < FIXED_WIDTHS.length ? FIXED_WIDTHS[column] : STATUS_WIDTH;
        }
        for (Line line : rollUp.lines()) {
            widths[1] = fit(widths[1], line.unitName());
            widths[2] = fit(widths[2], line.resolution());
            widths[3] = fit(widths[3], line.reportStatus());
        }
        return widths;
    }

    private static int fit(int width, String text) {
        return text == null ? width : Math.max(width, Math.min(MAX_TEXT_WIDTH, text.length() + 2));
    }
}
