package vn.chitieu.reporting.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import vn.chitieu.reporting.ImplementationReport;
import vn.chitieu.reporting.ImplementationReport.Heading;
import vn.chitieu.reporting.ImplementationReport.Row;
import vn.chitieu.reporting.ImplementationReport.Section;
import vn.chitieu.web.Formats;

/**
 * The implementation report as a Word document an official can edit and sign: the national
 * heading, the title, the body with a sentence per target, the counts chart, the targets at risk,
 * "Nơi nhận" beside the signature, and the indicator table as a landscape appendix.
 */
public final class DocxReport {
    /** Width of the portrait text area: 210 mm less 30 and 15 mm of margins. */
    static final int TEXT_WIDTH = Docx.mm(165);
    /** Width of the landscape text area: 297 mm less 20 and 15 mm. */
    static final int WIDE_TEXT = Docx.mm(262);
    /** The appendix's columns, in twentieths of a point: STT, indicator, unit, plan, then five figures and the status. */
    private static final int[] COLUMN_WIDTHS = {Docx.mm(12), Docx.mm(70), Docx.mm(22), Docx.mm(36), Docx.mm(22), Docx.mm(22),
        Docx.mm(20), Docx.mm(20), Docx.mm(38)};

    private DocxReport() {}

    /** The document; {@code chartPng} is the counts chart, left out when {@code null}. */
    public static byte[] write(ImplementationReport report, byte[] chartPng) {
        Docx docx = new Docx(report.title().get(report.title().size() - 1));
        docx.headers(report.draftMark());
        heading(docx, report.heading(), TEXT_WIDTH);
        titleBlock(docx, report.title(), report.addressee());
        docx.heading(report.resultsHeading(), 1);
        docx.body(report.summary());
        if (chartPng != null) {
            picture(docx, chartPng);
        }
        for (Section section : report.sections()) {
            docx.heading(section.heading(), 2);
            section.paragraphs().forEach(docx::body);
        }
        docx.heading(report.atRiskHeading(), 1);
        report.atRisk().forEach(docx::body);
        docx.body(report.closing());
        signature(docx, report);
        docx.landscapeFromHere();
        appendix(docx, report.appendix(), report.locale());
        return docx.bytes();
    }

    /** The issuing body and number on the left, the nation and motto, place and date on the right. */
    static void heading(Docx docx, Heading heading, int textWidth) {
        int left = Docx.mm(65);
        int right = textWidth - left;
        XWPFTable table = docx.layoutTable(2, left, right);
        XWPFTableCell issuer = table.getRow(0).getCell(0);
        List<String> lines = heading.issuer();
        for (int i = 0; i < lines.size(); i++) {
            // the issuing body's name, in capitals and bold, over as many lines as it takes (Nghị định 30, Phụ lục I)
            Docx.line(issuer, lines.get(i), 13, true, false, i == 0);
        }
        Docx.rule(issuer, left, Docx.mm(20));
        Docx.line(issuer, heading.number(), 13, false, false, false);
        XWPFTableCell nation = table.getRow(0).getCell(1);
        Docx.line(nation, heading.nation(), 12, true, false, true);
        Docx.line(nation, heading.motto(), 13, true, false, false);
        Docx.rule(nation, right, Docx.mm(55));
        Docx.line(nation, heading.placeAndDate(), 14, false, true, false);
    }

    static void titleBlock(Docx docx, List<String> title, String addressee) {
        for (int i = 0; i < title.size(); i++) {
            XWPFParagraph p = docx.paragraph(ParagraphAlignment.CENTER);
            p.setSpacingBefore(i == 0 ? 240 : 0);
            p.setSpacingAfter(i == title.size() - 1 ? 240 : 0);
            Docx.run(p, title.get(i), 14, true, false);
        }
        if (addressee != null) {
            XWPFParagraph p = docx.paragraph(ParagraphAlignment.CENTER);
            p.setSpacingAfter(240);
            Docx.run(p, addressee, 14, false, false);
        }
    }

    private static void picture(Docx docx, byte[] png) {
        XWPFParagraph p = docx.paragraph(ParagraphAlignment.CENTER);
        try {
            java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(new ByteArrayInputStream(png));
            double width = 150 / 25.4 * 72;
            double height = width * image.getHeight() / image.getWidth();
            p.createRun().addPicture(new ByteArrayInputStream(png), Document.PICTURE_TYPE_PNG, "chart.png",
                    Units.toEMU(width), Units.toEMU(height));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InvalidFormatException e) {
            throw new IllegalStateException(e);
        }
    }

    /** "Nơi nhận" on the left, the signature block on the right. */
    static void signature(Docx docx, ImplementationReport report) {
        int left = Docx.mm(80);
        XWPFTable table = docx.layoutTable(2, left, TEXT_WIDTH - left);
        XWPFTableCell recipients = table.getRow(0).getCell(0);
        XWPFParagraph heading = recipients.getParagraphs().get(0);
        heading.setSpacingAfter(0);
        Docx.run(heading, report.recipientsHeading(), 12, true, true);
        for (String line : report.recipients()) {
            XWPFParagraph p = recipients.addParagraph();
            p.setSpacingAfter(0);
            Docx.run(p, line, 11, false, false);
        }
        XWPFTableCell sign = table.getRow(0).getCell(1);
        Docx.line(sign, report.signature().onBehalfOf(), 14, true, false, true);
        Docx.line(sign, report.signature().position(), 14, true, false, false);
        for (int i = 0; i < 4; i++) {
            Docx.line(sign, "", 14, false, false, false);
        }
        Docx.line(sign, report.signature().name(), 14, true, false, false);
    }

    private static void appendix(Docx docx, ImplementationReport.Appendix appendix, Locale locale) {
        XWPFParagraph title = docx.paragraph(ParagraphAlignment.CENTER);
        title.setSpacingAfter(0);
        Docx.run(title, appendix.title(), 14, true, false);
        XWPFParagraph subtitle = docx.paragraph(ParagraphAlignment.CENTER);
        Docx.run(subtitle, appendix.subtitle(), 13, false, true);
        XWPFTable table = docx.document.createTable(1, appendix.columns().size());
        table.setWidth(String.valueOf(WIDE_TEXT));
        table.setInsideHBorder(XWPFBorderType.SINGLE, 4, 0, "000000");
        table.setInsideVBorder(XWPFBorderType.SINGLE, 4, 0, "000000");
        XWPFTableRow header = table.getRow(0);
        header.setRepeatHeader(true);
        header.setCantSplitRow(true);
        for (int i = 0; i < appendix.columns().size(); i++) {
            cell(header.getCell(i), appendix.columns().get(i), true, ParagraphAlignment.CENTER, COLUMN_WIDTHS[i]);
        }
        for (Row row : appendix.rows()) {
            XWPFTableRow r = table.createRow();
            r.setCantSplitRow(true);
            if (row.group()) {
                cell(r.getCell(0), row.no(), true, ParagraphAlignment.CENTER, COLUMN_WIDTHS[0]);
                cell(r.getCell(1), row.indicator(), true, ParagraphAlignment.LEFT, COLUMN_WIDTHS[1]);
                for (int i = r.getTableCells().size() - 1; i >= 2; i--) {
                    r.removeCell(i);
                }
                r.getCell(1).getCTTc().getTcPr().addNewGridSpan().setVal(BigInteger.valueOf(appendix.columns().size() - 1));
                continue;
            }
            String[] texts = {row.no(), row.indicator(), row.unit(), row.plan(), figure(row.actual(), row.estimate() ? appendix.estimateMark() : null, locale),
                figure(row.lastYear(), null, locale), percent(row.percentOfPlan(), locale), percent(row.percentOfLastYear(), locale),
                row.assessment()};
            for (int i = 0; i < texts.length; i++) {
                ParagraphAlignment align = i == 0 ? ParagraphAlignment.CENTER
                        : i >= 4 && i <= 7 ? ParagraphAlignment.RIGHT : ParagraphAlignment.LEFT;
                cell(r.getCell(i), texts[i], false, align, COLUMN_WIDTHS[i]);
            }
        }
    }

    static void cell(XWPFTableCell cell, String text, boolean bold, ParagraphAlignment align, int width) {
        cell.setWidth(String.valueOf(width));
        XWPFParagraph p = cell.getParagraphs().get(0);
        p.setAlignment(align);
        p.setSpacingAfter(0);
        Docx.run(p, text, 12, bold, false);
    }

    /** A value as written in the table: "92,5", "15,2 (ước)" ({@code estimateMark} for an estimate, else {@code null}). */
    static String figure(BigDecimal value, String estimateMark, Locale locale) {
        if (value == null) {
            return "";
        }
        String number = Formats.number(value, locale);
        return estimateMark != null ? number + " (" + estimateMark + ")" : number;
    }

    static String percent(BigDecimal value, Locale locale) {
        return value == null ? "" : Formats.number(value, 1, locale);
    }
}
