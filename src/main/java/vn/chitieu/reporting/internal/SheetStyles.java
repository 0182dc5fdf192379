package vn.chitieu.reporting.internal;

import java.math.BigDecimal;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.FontFamily;
import org.apache.poi.ss.usermodel.FontScheme;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The cell styles a report workbook uses, made once per workbook: Excel keeps at most 64,000 styles
 * and a style per cell would also make large roll-ups slow to write.
 */
final class SheetStyles {
    /** The typeface of Vietnamese administrative documents (Nghị định 30/2020/NĐ-CP). */
    static final String TYPEFACE = "Times New Roman";
    static final short FONT_POINTS = 12;
    /**
     * The Vietnamese locale code (LCID 0x42A) in front of every number format: viewers that honour a
     * format's own language (LibreOffice) then write 1.306,5 whatever their own locale.
     */
    static final String VIETNAMESE = "[$-42A]";
    /** English (United States, LCID 0x409), for a report in English: 1,306.5. */
    static final String ENGLISH = "[$-409]";
    /** Decimals beyond this are rounded on screen; the cell keeps the whole value. */
    private static final int MAX_DECIMALS = 4;

    final CellStyle draft;
    final CellStyle issuer;
    final CellStyle title;
    final CellStyle subtitle;
    final CellStyle header;
    final CellStyle text;
    final CellStyle centered;
    final CellStyle centeredWrapped;
    final CellStyle boldCentered;
    final CellStyle wrapped;
    final CellStyle bold;
    final CellStyle percent;
    final CellStyle count;
    final CellStyle ordinal;
    final CellStyle boldCount;
    private final CellStyle[] decimals = new CellStyle[MAX_DECIMALS + 1];

    private final String language;

    SheetStyles(XSSFWorkbook workbook, java.util.Locale locale) {
        this.language = "en".equals(locale.getLanguage()) ? ENGLISH : VIETNAMESE;
        XSSFFont plain = workbook.getFontAt(0);
        plain.setFontName(TYPEFACE);
        plain.setFontHeightInPoints(FONT_POINTS);
        // the default font follows the theme's (Calibri) unless told not to, and says it is sans-serif
        plain.setScheme(FontScheme.NONE);
        plain.setFamily(FontFamily.ROMAN);
        XSSFFont boldFont = font(workbook, FONT_POINTS);
        boldFont.setBold(true);
        XSSFFont large = font(workbook, (short) (FONT_POINTS + 2));
        large.setBold(true);
        XSSFFont red = font(workbook, (short) (FONT_POINTS + 2));
        red.setBold(true);
        red.setColor(IndexedColors.RED.getIndex());
        XSSFFont italic = font(workbook, FONT_POINTS);
        italic.setItalic(true);

        draft = heading(workbook, red);
        issuer = heading(workbook, boldFont);
        title = heading(workbook, large);
        subtitle = heading(workbook, italic);

        header = framed(workbook);
        header.setFont(boldFont);
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        header.setWrapText(true);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);

        text = framed(workbook);
        centered = framed(workbook);
        centered.setAlignment(HorizontalAlignment.CENTER);
        centeredWrapped = framed(workbook);
        centeredWrapped.setAlignment(HorizontalAlignment.CENTER);
        centeredWrapped.setWrapText(true);
        wrapped = framed(workbook);
        wrapped.setWrapText(true);
        bold = framed(workbook);
        bold.setFont(boldFont);
        bold.setWrapText(true);
        boldCentered = framed(workbook);
        boldCentered.setFont(boldFont);
        boldCentered.setAlignment(HorizontalAlignment.CENTER);

        percent = numeric(workbook, "#,##0.0");
        count = numeric(workbook, "#,##0");
        ordinal = numeric(workbook, "#,##0");
        ordinal.setAlignment(HorizontalAlignment.CENTER);
        boldCount = numeric(workbook, "#,##0");
        boldCount.setFont(boldFont);
        for (int scale = 0; scale <= MAX_DECIMALS; scale++) {
            decimals[scale] = numeric(workbook, scale == 0 ? "#,##0" : "#,##0." + "0".repeat(scale));
        }
    }

    /**
     * The style that shows the decimals the value has, as the web pages do (41,2 not 41,20): a single
     * format such as {@code #,##0.##} would leave a bare separator after whole numbers ("85,").
     */
    CellStyle decimal(BigDecimal value) {
        int scale = Math.max(0, value.stripTrailingZeros().scale());
        return decimals[Math.min(scale, MAX_DECIMALS)];
    }

    private static XSSFFont font(XSSFWorkbook workbook, short points) {
        XSSFFont font = workbook.createFont();
        font.setFontName(TYPEFACE);
        font.setFontHeightInPoints(points);
        return font;
    }

    /** A centred line above the table, wrapped because it spans merged cells of a fixed width. */
    private static XSSFCellStyle heading(XSSFWorkbook workbook, XSSFFont font) {
        XSSFCellStyle style = workbook.createCellStyle();
        style.setFont(font);
        style.setAlignment(HorizontalAlignment.CENTER);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        style.setWrapText(true);
        return style;
    }

    /** A table cell: thin borders all round, text at the top so wrapped neighbours line up. */
    private static XSSFCellStyle framed(XSSFWorkbook workbook) {
        XSSFCellStyle style = workbook.createCellStyle();
        // named, not inherited: LibreOffice takes an unnamed font from its own default style
        style.setFont(workbook.getFontAt(0));
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        style.setVerticalAlignment(VerticalAlignment.TOP);
        return style;
    }

    private XSSFCellStyle numeric(XSSFWorkbook workbook, String format) {
        XSSFCellStyle style = framed(workbook);
        style.setDataFormat(workbook.createDataFormat().getFormat(language + format));
        style.setAlignment(HorizontalAlignment.RIGHT);
        return style;
    }
}
