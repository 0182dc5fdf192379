package vn.chitieu.document.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;

/**
 * A spreadsheet cell's value as a Vietnamese text writes it: dot thousands separator and decimal comma
 * ("3.865,28"), percentages as "85%", dates as "24/12/2025"; a formula gives its cached value.
 */
final class CellText {

    /** Excel shows at most 15 significant digits; beyond that a double only holds binary noise. */
    private static final MathContext EXCEL_PRECISION = new MathContext(15);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final int EXCEL_EPOCH_YEAR = 1899;

    private CellText() {}

    static String of(Cell cell) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        switch (type) {
            case STRING: return cell.getStringCellValue();
            case NUMERIC: return numeric(cell);
            case BOOLEAN: return cell.getBooleanCellValue() ? "TRUE" : "FALSE";
            case ERROR: return error(cell.getErrorCellValue());
            default: return "";
        }
    }

    private static String numeric(Cell cell) {
        if (DateUtil.isCellDateFormatted(cell)) {
            return date(cell.getLocalDateTimeCellValue());
        }
        double value = cell.getNumericCellValue();
        String format = cell.getCellStyle().getDataFormatString();
        if (format != null && format.contains("%")) {
            return number(value, 2) + "%";
        }
        if (isGeneral(format) && looksLikeYear(value)) {
            return Long.toString((long) value);
        }
        return number(value, 0);
    }

    /** The number in Vietnamese notation, its decimal point first moved right by {@code shift} places. */
    static String number(double value, int shift) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Double.toString(value);
        }
        BigDecimal decimal = new BigDecimal(value).round(EXCEL_PRECISION).movePointRight(shift).stripTrailingZeros();
        return vietnameseFormat().format(decimal);
    }

    /**
     * A bare year in a "General" cell (a column heading "2025") would read "2.025" with a thousands
     * separator and no longer be found as a year; it is written as typed.
     */
    private static boolean looksLikeYear(double value) {
        return value == Math.rint(value) && value >= 1900 && value <= 2100;
    }

    private static boolean isGeneral(String format) {
        return format == null || format.isEmpty() || "General".equalsIgnoreCase(format);
    }

    private static String date(LocalDateTime value) {
        if (value.getYear() <= EXCEL_EPOCH_YEAR) {
            return value.toLocalTime().format(TIME);
        }
        return value.toLocalTime().equals(LocalTime.MIDNIGHT) ? value.format(DATE) : value.format(DATE_TIME);
    }

    private static String error(byte code) {
        try {
            return FormulaError.forInt(code).getString();
        } catch (IllegalArgumentException e) {
            return "#ERROR!";
        }
    }

    private static DecimalFormat vietnameseFormat() {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols();
        symbols.setDecimalSeparator(',');
        symbols.setGroupingSeparator('.');
        symbols.setMinusSign('-');
        DecimalFormat format = new DecimalFormat("#,##0.###", symbols);
        format.setMaximumFractionDigits(15);
        return format;
    }
}
