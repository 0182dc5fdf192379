package vn.chitieu.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Builds small XLSX workbooks for tests. */
final class TestWorkbooks {

    private TestWorkbooks() {}

    static byte[] oneCell(String value) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.createSheet("Biểu 01").createRow(0).createCell(0).setCellValue(value);
            return bytes(workbook);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bytes(XSSFWorkbook workbook) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(out);
        return out.toByteArray();
    }
}
