package vn.chitieu.document.internal;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.chitieu.document.DocumentException;
import vn.chitieu.document.DocumentFormat;
import vn.chitieu.document.DocumentReader;
import vn.chitieu.document.DocumentSource;
import vn.chitieu.document.DocumentText;

/**
 * Reads an Excel (XLSX) workbook, such as an indicator annex ("Biểu chỉ tiêu"): each sheet's name on
 * a line, then its non-empty rows as pipe rows with numbers in Vietnamese notation.
 */
public final class XlsxReader implements DocumentReader {

    @Override
    public boolean accepts(DocumentSource source) {
        return FileSignature.detect(source).filter(DocumentFormat.XLSX::equals).isPresent();
    }

    @Override
    public DocumentText read(DocumentSource source) throws DocumentException {
        OfficeZip.guard();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(source.bytes()))) {
            TextLayout layout = new TextLayout();
            for (Sheet sheet : workbook) {
                List<List<String>> rows = rows(sheet);
                if (!rows.isEmpty()) {
                    layout.paragraph(sheet.getSheetName());
                    layout.table(rows);
                }
            }
            return new DocumentText(layout.text(), DocumentFormat.XLSX);
        } catch (Exception | StackOverflowError e) {
            throw OfficeZip.refusal(source.fileName(), "XLSX", e);
        }
    }

    /** The rows that hold any text, each from the sheet's first used column to its own last non-empty cell. */
    private static List<List<String>> rows(Sheet sheet) {
        int firstColumn = Integer.MAX_VALUE;
        for (Row row : sheet) {
            if (row.getFirstCellNum() >= 0) {
                firstColumn = Math.min(firstColumn, row.getFirstCellNum());
            }
        }
        List<List<String>> rows = new ArrayList<>();
        for (Row row : sheet) {
            List<String> cells = new ArrayList<>();
            for (int column = firstColumn; column < row.getLastCellNum(); column++) {
                Cell cell = row.getCell(column);
                cells.add(cell == null ? "" : TextLayout.cellText(CellText.of(cell)));
            }
            while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
                cells.remove(cells.size() - 1);
            }
            if (!cells.isEmpty()) {
                rows.add(cells);
            }
        }
        return rows;
    }
}
