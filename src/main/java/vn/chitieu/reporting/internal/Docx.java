package vn.chitieu.reporting.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHdrFtrRef;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * The pieces of an administrative document in Word (Nghị định 30/2020/NĐ-CP, Phụ lục I): Times New
 * Roman, A4 with the decree's margins, real heading styles, the national heading, page numbers at
 * the top centre from the second page, and the draft mark in every page's header.
 */
final class Docx {
    static final String FONT = "Times New Roman";
    /** Twentieths of a point per millimetre. */
    private static final double TWIPS_PER_MM = 1440 / 25.4;
    static final int A4_SHORT = 11906;
    static final int A4_LONG = 16838;

    final XWPFDocument document = new XWPFDocument();

    Docx(String title) {
        document.getProperties().getCoreProperties().setTitle(title);
        document.getProperties().getCoreProperties().setCreator("Chỉ tiêu");
        XWPFStyles styles = document.createStyles();
        // what an official types into the document later is Times New Roman 14, Vietnamese (spelling, hyphenation)
        CTStyles defaults = CTStyles.Factory.newInstance();
        CTRPr run = defaults.addNewDocDefaults().addNewRPrDefault().addNewRPr();
        CTFonts fonts = run.addNewRFonts();
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        fonts.setCs(FONT);
        fonts.setEastAsia(FONT);
        run.addNewSz().setVal(BigInteger.valueOf(28));
        run.addNewLang().setVal("vi-VN");
        styles.setStyles(defaults);
        heading(styles, "Heading1", "heading 1", 0);
        heading(styles, "Heading2", "heading 2", 1);
    }

    /** A heading style Word and LibreOffice list in the navigator and a table of contents. */
    private static void heading(XWPFStyles styles, String id, String name, int level) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        style.addNewQFormat();
        style.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(level));
        style.getPPr().addNewKeepNext();
        style.getPPr().addNewSpacing().setBefore(BigInteger.valueOf(120));
        CTRPr run = style.addNewRPr();
        run.addNewB();
        run.addNewSz().setVal(BigInteger.valueOf(28));
        run.addNewRFonts().setAscii(FONT);
        run.getRFontsArray(0).setHAnsi(FONT);
        styles.addStyle(new XWPFStyle(style));
    }

    XWPFParagraph paragraph(ParagraphAlignment alignment) {
        XWPFParagraph p = document.createParagraph();
        p.setAlignment(alignment);
        p.setSpacingAfter(120);
        return p;
    }

    /** A body paragraph: justified, the first line indented 1 cm. */
    XWPFParagraph body(String text) {
        XWPFParagraph p = paragraph(ParagraphAlignment.BOTH);
        p.setFirstLineIndent(mm(10));
        run(p, text, 14, false, false);
        return p;
    }

    XWPFParagraph heading(String text, int level) {
        XWPFParagraph p = paragraph(ParagraphAlignment.LEFT);
        p.setStyle(level == 1 ? "Heading1" : "Heading2");
        run(p, text, 14, true, false);
        return p;
    }

    static XWPFRun run(XWPFParagraph p, String text, int points, boolean bold, boolean italic) {
        XWPFRun r = p.createRun();
        r.setFontFamily(FONT);
        r.setFontSize(points);
        r.setBold(bold);
        r.setItalic(italic);
        r.setText(text == null ? "" : text);
        return r;
    }

    /** A paragraph in a cell, centred, with one run. */
    static XWPFParagraph line(XWPFTableCell cell, String text, int points, boolean bold, boolean italic, boolean first) {
        XWPFParagraph p = first ? cell.getParagraphs().get(0) : cell.addParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setSpacingAfter(0);
        run(p, text, points, bold, italic);
        return p;
    }

    /** The short rule under the issuing body and under the motto. */
    static void rule(XWPFTableCell cell, int widthTwips, int ruleTwips) {
        XWPFParagraph p = cell.addParagraph();
        p.setSpacingAfter(120);
        p.setBorderTop(Borders.SINGLE);
        int side = Math.max(0, (widthTwips - ruleTwips) / 2);
        p.setIndentationLeft(side);
        p.setIndentationRight(side);
    }

    /** A table without borders, for the blocks laid out side by side (heading, signature). */
    XWPFTable layoutTable(int columns, int... widths) {
        XWPFTable table = document.createTable(1, columns);
        table.setTableAlignment(TableRowAlign.CENTER);
        CTTblBorders borders = table.getCTTbl().getTblPr().isSetTblBorders() ? table.getCTTbl().getTblPr().getTblBorders()
                : table.getCTTbl().getTblPr().addNewTblBorders();
        borders.addNewTop().setVal(STBorder.NONE);
        borders.addNewBottom().setVal(STBorder.NONE);
        borders.addNewLeft().setVal(STBorder.NONE);
        borders.addNewRight().setVal(STBorder.NONE);
        borders.addNewInsideH().setVal(STBorder.NONE);
        borders.addNewInsideV().setVal(STBorder.NONE);
        for (int i = 0; i < columns; i++) {
            table.getRow(0).getCell(i).setWidth(String.valueOf(widths[i]));
        }
        return table;
    }

    /** Closes the portrait part of the document (call after {@link #headers}): what follows is on a new page, in landscape. */
    void landscapeFromHere() {
        XWPFParagraph p = document.createParagraph();
        CTSectPr portrait = p.getCTP().addNewPPr().addNewSectPr();
        page(portrait, false);
        portrait.addNewTitlePg();
        // the portrait part shows the same headers as the rest (the body's section defines them)
        for (CTHdrFtrRef ref : document.getDocument().getBody().getSectPr().getHeaderReferenceList()) {
            CTHdrFtrRef copy = portrait.addNewHeaderReference();
            copy.setId(ref.getId());
            copy.setType(ref.getType());
        }
        CTSectPr rest = document.getDocument().getBody().getSectPr();
        page(rest, true);
        // the landscape part numbers its first page too: only the document's first page has none
        if (rest.isSetTitlePg()) {
            rest.unsetTitlePg();
        }
    }

    /** The whole document in landscape (call after {@link #headers}), for wide tables. */
    void landscape() {
        page(document.getDocument().getBody().getSectPr(), true);
    }

    /** A4 with the decree's margins: top and bottom 20 mm, left 30 mm, right 15 mm (turned with the page). */
    static void page(CTSectPr section, boolean landscape) {
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(landscape ? A4_LONG : A4_SHORT));
        size.setH(BigInteger.valueOf(landscape ? A4_SHORT : A4_LONG));
        size.setOrient(landscape ? STPageOrientation.LANDSCAPE : STPageOrientation.PORTRAIT);
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(mm(20)));
        margins.setBottom(BigInteger.valueOf(mm(20)));
        margins.setLeft(BigInteger.valueOf(mm(landscape ? 20 : 30)));
        margins.setRight(BigInteger.valueOf(mm(15)));
        margins.setHeader(BigInteger.valueOf(mm(10)));
        margins.setFooter(BigInteger.valueOf(mm(10)));
    }

    /**
     * The page number at the top centre from the second page (the decree's place for it) and, for a
     * draft, the draft mark on every page, the first included.
     */
    void headers(String draftMark) {
        CTSectPr body = document.getDocument().getBody().isSetSectPr() ? document.getDocument().getBody().getSectPr()
                : document.getDocument().getBody().addNewSectPr();
        page(body, false);
        body.addNewTitlePg();
        XWPFHeader numbered = document.createHeader(HeaderFooterType.DEFAULT);
        XWPFParagraph number = numbered.createParagraph();
        number.setAlignment(ParagraphAlignment.CENTER);
        number.getCTP().addNewFldSimple().setInstr("PAGE \\* MERGEFORMAT");
        XWPFHeader first = document.createHeader(HeaderFooterType.FIRST);
        XWPFParagraph firstLine = first.createParagraph();
        if (draftMark != null) {
            for (XWPFParagraph p : List.of(number, firstLine)) {
                XWPFParagraph mark = p == number ? numbered.createParagraph() : p;
                mark.setAlignment(ParagraphAlignment.RIGHT);
                XWPFRun r = run(mark, draftMark, 14, true, false);
                r.setColor("C00000");
            }
        }
    }

    static int mm(double millimetres) {
        return (int) Math.round(millimetres * TWIPS_PER_MM);
    }

    byte[] bytes() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.write(out);
            document.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
