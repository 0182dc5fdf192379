package vn.chitieu.document.internal;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.chitieu.document.DocumentException;
import vn.chitieu.document.DocumentFormat;
import vn.chitieu.document.DocumentSource;
import vn.chitieu.document.Spreadsheet;
import vn.chitieu.document.Spreadsheet.Cell;
import vn.chitieu.document.SpreadsheetUnreadable;
import vn.chitieu.document.SpreadsheetUnreadable.Reason;
import vn.chitieu.document.VietnameseText;

/**
 * An XLSX workbook as grids of typed cells: the text {@link CellText} writes, the number or date
 * behind it, and the value of a merged region copied into each of its cells.
 */
public final class XlsxGrid {
    /** Excel shows at most 15 significant digits; beyond that a double only holds binary noise. */
    private static final MathContext EXCEL_PRECISION = new MathContext(15);

    private XlsxGrid() {}

    public static Spreadsheet read(DocumentSource source, long maxBytes, int maxRows, int maxColumns) throws SpreadsheetUnreadable {
        String fileName = source.fileName();
        if (source.bytes().length > maxBytes) {
            throw refused(Reason.TOO_LARGE, fileName, Refusals.tooLarge(fileName, source.bytes().length, maxBytes));
        }
        if (source.bytes().length == 0) {
            throw refused(Reason.EMPTY, fileName, Refusals.empty(fileName));
        }
        Optional<DocumentFormat> format = FileSignature.detect(source);
        if (format.filter(DocumentFormat.DOC::equals).isPresent()) {
            throw oldOfficeFile(source);
        }
        if (format.filter(DocumentFormat.XLSX::equals).isEmpty() || FileSignature.unsupportedKind(source.bytes()).isPresent()) {
            throw refused(Reason.NOT_XLSX, fileName, Refusals.unsupported(fileName, "không phải bảng tính Excel", "XLSX"));
        }
        OfficeZip.guard();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(source.bytes()))) {
            List<Spreadsheet.Sheet> sheets = new ArrayList<>();
            for (Sheet sheet : workbook) {
                sheets.add(sheet(sheet, maxRows, maxColumns));
            }
            return new Spreadsheet(sheets);
        } catch (Exception | StackOverflowError e) {
            DocumentException refusal = OfficeZip.refusal(fileName, "XLSX", e);
            Reason reason = switch (OfficeZip.failure(e)) {
                case PASSWORD -> Reason.PASSWORD;
                case ZIP_BOMB -> Reason.SUSPICIOUS;
                case DAMAGED -> Reason.DAMAGED;
            };
            throw refused(reason, fileName, refusal);
        }
    }

    private static SpreadsheetUnreadable oldOfficeFile(DocumentSource source) {
        String fileName = source.fileName();
        try (POIFSFileSystem container = new POIFSFileSystem(new ByteArrayInputStream(source.bytes()))) {
            DirectoryNode root = container.getRoot();
            if (root.hasEntryCaseInsensitive("EncryptedPackage")) {
                return refused(Reason.PASSWORD, fileName, Refusals.passwordProtected(fileName, null));
            }
            if (root.hasEntryCaseInsensitive("Workbook") || root.hasEntryCaseInsensitive("Book")) {
                return refused(Reason.OLD_EXCEL, fileName, Refusals.unsupported(fileName, "tệp Excel cũ (XLS)", "XLSX"));
            }
            return refused(Reason.NOT_XLSX, fileName, Refusals.unsupported(fileName, "không phải bảng tính Excel", "XLSX"));
        } catch (Exception | StackOverflowError e) {
            return refused(Reason.DAMAGED, fileName, Refusals.damaged(fileName, "XLSX", e));
        }
    }

    private static SpreadsheetUnreadable refused(Reason reason, String fileName, DocumentException refusal) {
        return new SpreadsheetUnreadable(reason, fileName, refusal.getMessage(), refusal.getCause());
    }

    private static Spreadsheet.Sheet sheet(Sheet sheet, int maxRows, int maxColumns) {
        List<List<Cell>> rows = new ArrayList<>();
        boolean complete = true;
        for (Row row : sheet) {
            int index = row.getRowNum();
            List<Cell> cells = cells(row, maxColumns);
            if (cells.isEmpty()) {
                continue;
            }
            if (index >= maxRows || row.getLastCellNum() > maxColumns && hasTextFrom(row, maxColumns)) {
                complete = false;
                if (index >= maxRows) {
                    continue;
                }
            }
            while (rows.size() <= index) {
                rows.add(new ArrayList<>());
            }
            rows.set(index, cells);
        }
        fillMergedRegions(sheet, rows, maxColumns);
        return new Spreadsheet.Sheet(VietnameseText.nfc(sheet.getSheetName()), rows, complete);
    }

    /** The row's cells up to its last non-blank one; none for a row without any. */
    private static List<Cell> cells(Row row, int maxColumns) {
        List<Cell> cells = new ArrayList<>();
        int last = Math.min(row.getLastCellNum(), maxColumns);
        for (int column = 0; column < last; column++) {
            org.apache.poi.ss.usermodel.Cell cell = row.getCell(column);
            cells.add(cell == null ? Cell.EMPTY : cell(cell));
        }
        while (!cells.isEmpty() && cells.get(cells.size() - 1).isBlank()) {
            cells.remove(cells.size() - 1);
        }
        return cells;
    }

    private static boolean hasTextFrom(Row row, int column) {
        for (int c = column; c < row.getLastCellNum(); c++) {
            org.apache.poi.ss.usermodel.Cell cell = row.getCell(c);
            if (cell != null && !CellText.of(cell).isBlank()) {
                return true;
            }
        }
        return false;
    }

    private static Cell cell(org.apache.poi.ss.usermodel.Cell cell) {
        String text = VietnameseText.nfc(TextLayout.cellText(CellText.of(cell)));
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type != CellType.NUMERIC) {
            return new Cell(text, null, false, null, false);
        }
        if (DateUtil.isCellDateFormatted(cell)) {
            return new Cell(text, null, false, cell.getLocalDateTimeCellValue().toLocalDate(), false);
        }
        double value = cell.getNumericCellValue();
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return new Cell(text, null, false, null, false);
        }
        String format = cell.getCellStyle().getDataFormatString();
        BigDecimal number = new BigDecimal(value).round(EXCEL_PRECISION).stripTrailingZeros();
        return new Cell(text, number, format != null && format.contains("%"), null, false);
    }

    /** Every cell of a merged region shows its first cell's value, marked as a copy. */
    private static void fillMergedRegions(Sheet sheet, List<List<Cell>> rows, int maxColumns) {
        for (CellRangeAddress region : sheet.getMergedRegions()) {
            int first = region.getFirstRow();
            int left = region.getFirstColumn();
            if (first >= rows.size() || left >= rows.get(first).size() || rows.get(first).get(left).isBlank()) {
                continue;
            }
            Cell anchor = rows.get(first).get(left);
            Cell copy = new Cell(anchor.text(), anchor.number(), anchor.percent(), anchor.date(), true);
            for (int r = first; r <= Math.min(region.getLastRow(), rows.size() - 1); r++) {
                List<Cell> row = rows.get(r);
                for (int c = left; c <= Math.min(region.getLastColumn(), maxColumns - 1); c++) {
                    while (row.size() <= c) {
                        row.add(Cell.EMPTY);
                    }
                    if (r != first || c != left) {
                        row.set(c, copy);
                    }
                }
            }
        }
    }
}
