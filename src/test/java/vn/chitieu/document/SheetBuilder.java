package vn.chitieu.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Builds an XLSX workbook row by row for tests: a {@code String} is a text cell, a {@code Number}
 * a number cell, {@link #percent} a number formatted as a percentage, a {@code LocalDate} a date
 * cell, {@code null} no cell.
 */
public final class SheetBuilder {
    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private XSSFSheet sheet;
    private int next;
    private CellStyle percentStyle;
    private CellStyle dateStyle;

    /** A percentage cell: the number Excel keeps (0.42) shown as 42%. */
    public record Percent(double stored) {}

    private SheetBuilder() {}

    public static SheetBuilder sheet(String name) {
        return new SheetBuilder().and(name);
    }

    public static Percent percent(double stored) {
        return new Percent(stored);
    }

    /** Another sheet, after the ones before. */
    public SheetBuilder and(String name) {
        sheet = workbook.createSheet(name);
        next = 0;
        return this;
    }

    public SheetBuilder row(Object... cells) {
        Row row = sheet.createRow(next++);
        for (int i = 0; i < cells.length; i++) {
            Object value = cells[i];
            if (value == null) {
                continue;
            }
            Cell cell = row.createCell(i);
            if (value instanceof String text) {
                cell.setCellValue(text);
            } else if (value instanceof Percent percent) {
                cell.setCellValue(percent.stored());
                cell.setCellStyle(percentStyle());
            } else if (value instanceof LocalDate date) {
                cell.setCellValue(date);
                cell.setCellStyle(dateStyle());
            } else if (value instanceof Boolean flag) {
                cell.setCellValue(flag);
            } else {
                cell.setCellValue(((Number) value).doubleValue());
            }
        }
        return this;
    }

    /** Empty rows, to place what follows further down. */
    public SheetBuilder skip(int rows) {
        next += rows;
        return this;
    }

    /** Merges a region such as "A4:A5" (its first cell keeps the value). */
    public SheetBuilder merge(String region) {
        sheet.addMergedRegion(CellRangeAddress.valueOf(region));
        return this;
    }

    public byte[] bytes() {
        try (workbook) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private CellStyle percentStyle() {
        if (percentStyle == null) {
            percentStyle = workbook.createCellStyle();
            percentStyle.setDataFormat(workbook.createDataFormat().getFormat("0%"));
        }
        return percentStyle;
    }

    private CellStyle dateStyle() {
        if (dateStyle == null) {
            dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
        }
        return dateStyle;
    }
}
