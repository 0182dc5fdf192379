package vn.chitieu.comparison;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.chitieu.web.Csv;

/**
 * A comparison as a CSV (UTF-8 with a byte-order mark, so that Excel reads the Vietnamese; values
 * with a dot for decimals, for other tools) or an XLSX (numbers as numbers, a frozen header).
 */
@Component
public class ComparisonFiles {
    private final MessageSource messages;

    ComparisonFiles(MessageSource messages) {
        this.messages = messages;
    }

    private List<String> columns(Locale locale) {
        return List.of("unitCode", "commune", "resolution", "target", "latest", "latestPeriod", "estimate", "status", "percentOfPlan",
                "trajectory", "report").stream().map(c -> messages.getMessage("compare.column." + c, null, locale)).toList();
    }

    private List<Function<Comparison.Row, Object>> cells(Locale locale) {
        return List.of(Comparison.Row::unitCode, Comparison.Row::unitName, Comparison.Row::resolutionNumber, Comparison.Row::target,
                Comparison.Row::latest, Comparison.Row::latestPeriod, r -> r.hasIndicator() ? (r.estimate() ? 1 : 0) : null,
                r -> r.status() == null ? null : messages.getMessage("monitor.status." + r.status(), null, locale),
                Comparison.Row::percentOfPlan,
                r -> r.trajectory() == null ? null : messages.getMessage("monitor.trajectory." + r.trajectory(), null, locale),
                r -> r.reportStatus() == null ? null : messages.getMessage("monitor.report." + r.reportStatus(), null, locale));
    }

    public byte[] csv(Comparison comparison, Locale locale) {
        StringBuilder out = new StringBuilder();
        out.append(String.join(",", columns(locale).stream().map(Csv::text).toList())).append("\r\n");
        for (Comparison.Row row : comparison.rows()) {
            List<String> line = cells(locale).stream().map(cell -> {
                Object value = cell.apply(row);
                return value == null ? "" : value instanceof BigDecimal d ? d.stripTrailingZeros().toPlainString() : Csv.text(value.toString());
            }).toList();
            out.append(String.join(",", line)).append("\r\n");
        }
        return Csv.withByteOrderMark(out.toString());
    }

    public byte[] xlsx(Comparison comparison, Locale locale) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(comparison.indicatorCode());
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle number = book.createCellStyle();
            number.setDataFormat(book.createDataFormat().getFormat(("en".equals(locale.getLanguage()) ? "[$-409]" : "[$-42A]") + "#,##0.##"));
            Row title = sheet.createRow(0);
            title.createCell(0).setCellValue(comparison.indicatorName() + " — " + comparison.provinceName() + " — " + comparison.period());
            title.getCell(0).setCellStyle(bold);
            Row header = sheet.createRow(2);
            List<String> columns = columns(locale);
            for (int c = 0; c < columns.size(); c++) {
                header.createCell(c).setCellValue(columns.get(c));
                header.getCell(c).setCellStyle(bold);
            }
            int r = 3;
            for (Comparison.Row row : comparison.rows()) {
                Row line = sheet.createRow(r++);
                List<Function<Comparison.Row, Object>> cells = cells(locale);
                for (int c = 0; c < cells.size(); c++) {
                    Object value = cells.get(c).apply(row);
                    if (value instanceof BigDecimal d) {
                        line.createCell(c).setCellValue(d.doubleValue());
                        line.getCell(c).setCellStyle(number);
                    } else if (value instanceof Integer i) {
                        line.createCell(c).setCellValue(i);
                    } else if (value != null) {
                        line.createCell(c).setCellValue(value.toString());
                    }
                }
            }
            sheet.createFreezePane(2, 3);
            for (int c = 0; c < columns.size(); c++) {
                sheet.setColumnWidth(c, c == 1 || c == 3 ? 30 * 256 : 14 * 256);
            }
            book.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
