package vn.chitieu.reporting.internal;

import java.util.List;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import vn.chitieu.assessment.AttainmentStatus;
import vn.chitieu.reporting.RollUp;
import vn.chitieu.web.Formats;

/** A province's roll-up as a Word document in landscape: the heading, the summary, a row per commune, the targets most often not met. */
public final class DocxRollUp {

    private DocxRollUp() {}

    public static byte[] write(RollUp rollUp) {
        Docx docx = new Docx(rollUp.title().get(rollUp.title().size() - 1));
        docx.headers(rollUp.draftMark());
        docx.landscape();
        DocxReport.heading(docx, rollUp.heading(), DocxReport.WIDE_TEXT);
        DocxReport.titleBlock(docx, rollUp.title(), null);
        docx.body(rollUp.summary());
        int columns = rollUp.columns().size();
        int figure = Docx.mm(17);
        int[] widths = new int[columns];
        widths[0] = Docx.mm(10);
        widths[1] = Docx.mm(40);
        widths[2] = Docx.mm(55);
        widths[3] = Docx.mm(30);
        for (int i = 4; i < columns; i++) {
            widths[i] = figure;
        }
        XWPFTable table = table(docx, rollUp.columns(), widths);
        int no = 1;
        for (RollUp.Line line : rollUp.lines()) {
            XWPFTableRow row = table.createRow();
            row.setCantSplitRow(true);
            DocxReport.cell(row.getCell(0), String.valueOf(no++), false, ParagraphAlignment.CENTER, widths[0]);
            DocxReport.cell(row.getCell(1), line.unitName(), false, ParagraphAlignment.LEFT, widths[1]);
            DocxReport.cell(row.getCell(2), line.resolution(), false, ParagraphAlignment.LEFT, widths[2]);
            DocxReport.cell(row.getCell(3), line.reportStatus(), false, ParagraphAlignment.LEFT, widths[3]);
            DocxReport.cell(row.getCell(4), number(line.indicators(), rollUp.locale()), false, ParagraphAlignment.RIGHT, widths[4]);
            AttainmentStatus[] statuses = AttainmentStatus.values();
            for (int i = 0; i < statuses.length; i++) {
                DocxReport.cell(row.getCell(5 + i), number(line.count(statuses[i]), rollUp.locale()), false, ParagraphAlignment.RIGHT, widths[5 + i]);
            }
        }
        XWPFTableRow total = table.createRow();
        DocxReport.cell(total.getCell(0), "", true, ParagraphAlignment.CENTER, widths[0]);
        DocxReport.cell(total.getCell(1), "", true, ParagraphAlignment.LEFT, widths[1]);
        DocxReport.cell(total.getCell(2), "", true, ParagraphAlignment.LEFT, widths[2]);
        DocxReport.cell(total.getCell(3), "", true, ParagraphAlignment.LEFT, widths[3]);
        DocxReport.cell(total.getCell(4), number(rollUp.lines().stream().mapToInt(RollUp.Line::indicators).sum(), rollUp.locale()), true,
                ParagraphAlignment.RIGHT, widths[4]);
        AttainmentStatus[] statuses = AttainmentStatus.values();
        for (int i = 0; i < statuses.length; i++) {
            AttainmentStatus status = statuses[i];
            int sum = rollUp.lines().stream().mapToInt(l -> l.count(status)).sum();
            DocxReport.cell(total.getCell(5 + i), number(sum, rollUp.locale()), true, ParagraphAlignment.RIGHT, widths[5 + i]);
        }
        if (!rollUp.oftenNotMet().isEmpty()) {
            docx.heading(rollUp.oftenNotMetHeading(), 1);
            int[] w = {Docx.mm(10), Docx.mm(120), Docx.mm(30), Docx.mm(30), Docx.mm(30)};
            XWPFTable often = table(docx, rollUp.oftenNotMetColumns(), w);
            int n = 1;
            for (RollUp.OftenNotMet o : rollUp.oftenNotMet()) {
                XWPFTableRow row = often.createRow();
                DocxReport.cell(row.getCell(0), String.valueOf(n++), false, ParagraphAlignment.CENTER, w[0]);
                DocxReport.cell(row.getCell(1), o.subject(), false, ParagraphAlignment.LEFT, w[1]);
                DocxReport.cell(row.getCell(2), o.unit() == null ? "" : o.unit(), false, ParagraphAlignment.LEFT, w[2]);
                DocxReport.cell(row.getCell(3), number(o.notMet(), rollUp.locale()), false, ParagraphAlignment.RIGHT, w[3]);
                DocxReport.cell(row.getCell(4), number(o.communes(), rollUp.locale()), false, ParagraphAlignment.RIGHT, w[4]);
            }
        }
        return docx.bytes();
    }

    private static XWPFTable table(Docx docx, List<String> columns, int[] widths) {
        XWPFTable table = docx.document.createTable(1, columns.size());
        table.setInsideHBorder(XWPFBorderType.SINGLE, 4, 0, "000000");
        table.setInsideVBorder(XWPFBorderType.SINGLE, 4, 0, "000000");
        XWPFTableRow header = table.getRow(0);
        header.setRepeatHeader(true);
        for (int i = 0; i < columns.size(); i++) {
            DocxReport.cell(header.getCell(i), columns.get(i), true, ParagraphAlignment.CENTER, widths[i]);
        }
        return table;
    }

    private static String number(int n, Locale locale) {
        return Formats.number(n, locale);
    }
}
