package vn.chitieu.document.internal;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.OldWordFileFormatException;
import org.apache.poi.hwpf.usermodel.CharacterRun;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import vn.chitieu.document.DocumentException;
import vn.chitieu.document.DocumentFormat;
import vn.chitieu.document.DocumentReader;
import vn.chitieu.document.DocumentSource;
import vn.chitieu.document.DocumentText;

/**
 * Reads a legacy Word 97–2003 (DOC) document's main text: paragraphs with their list numbers (best
 * effort) and tables as pipe rows. Other files in the same OLE2 container format (an old XLS, a
 * password-protected DOCX or XLSX) are refused with what to do instead.
 */
public final class DocReader implements DocumentReader {

    /** Word's markers for pictures, drawn objects, note references and cell ends carry no text. */
    private static final Pattern CONTROL_CHARACTERS = Pattern.compile("[\\x00-\\x08\\x0E-\\x1F]");
    private static final Pattern BREAKS = Pattern.compile("[\\x0B\\x0C\\r]");

    @Override
    public boolean accepts(DocumentSource source) {
        return FileSignature.detect(source).filter(DocumentFormat.DOC::equals).isPresent();
    }

    @Override
    public DocumentText read(DocumentSource source) throws DocumentException {
        String fileName = source.fileName();
        try (POIFSFileSystem container = new POIFSFileSystem(new ByteArrayInputStream(source.bytes()))) {
            DirectoryNode root = container.getRoot();
            if (root.hasEntryCaseInsensitive("EncryptedPackage")) {
                throw Refusals.passwordProtected(fileName, null);
            }
            if (root.hasEntryCaseInsensitive("Workbook") || root.hasEntryCaseInsensitive("Book")) {
                throw Refusals.unsupported(fileName, "tệp Excel cũ (XLS)", "XLSX");
            }
            if (!root.hasEntryCaseInsensitive("WordDocument")) {
                throw Refusals.unknownFormat(fileName);
            }
            try (HWPFDocument document = new HWPFDocument(root)) {
                LegacyFonts legacyFonts = new LegacyFonts();
                String text = text(document.getRange(), legacyFonts);
                legacyFonts.refuseIfMostlyLegacy(fileName);
                return new DocumentText(text, DocumentFormat.DOC);
            }
        } catch (OldWordFileFormatException e) {
            throw Refusals.unsupported(fileName, "tệp Word 6.0/95 rất cũ", "DOCX");
        } catch (DocumentException e) {
            throw e;
        } catch (Exception | StackOverflowError e) {
            throw OfficeZip.refusal(fileName, "DOC", e);
        }
    }

    private static String text(Range range, LegacyFonts legacyFonts) {
        DocNumbering numbering = new DocNumbering();
        TextLayout layout = new TextLayout();
        for (int i = 0; i < range.numParagraphs(); i++) {
            Paragraph paragraph = range.getParagraph(i);
            Table table = paragraph.isInTable() ? tableStartingAt(range, paragraph) : null;
            if (table == null) {
                layout.paragraph(numbering.label(paragraph) + text(paragraph, legacyFonts));
            } else {
                layout.table(rows(table, numbering, legacyFonts));
                i += table.numParagraphs() - 1;
            }
        }
        return layout.text();
    }

    private static Table tableStartingAt(Range range, Paragraph paragraph) {
        try {
            return range.getTable(paragraph);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static List<List<String>> rows(Table table, DocNumbering numbering, LegacyFonts legacyFonts) {
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r < table.numRows(); r++) {
            TableRow row = table.getRow(r);
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < row.numCells(); c++) {
                TableCell cell = row.getCell(c);
                List<String> parts = new ArrayList<>();
                for (int p = 0; p < cell.numParagraphs(); p++) {
                    Paragraph paragraph = cell.getParagraph(p);
                    parts.add(TextLayout.cellText(numbering.label(paragraph) + text(paragraph, legacyFonts)));
                }
                parts.removeIf(String::isEmpty);
                cells.add(String.join(" ", parts));
            }
            rows.add(cells);
        }
        return rows;
    }

    private static String text(Paragraph paragraph, LegacyFonts legacyFonts) {
        for (int i = 0; i < paragraph.numCharacterRuns(); i++) {
            CharacterRun run = paragraph.getCharacterRun(i);
            legacyFonts.count(run.text(), run.getFontName());
        }
        return clean(paragraph.text());
    }

    /** A paragraph's text without its paragraph mark, field codes and Word's object markers. */
    private static String clean(String text) {
        String visible = Range.stripFields(text);
        if (visible.endsWith("\r") || visible.endsWith("\u0007")) {
            visible = visible.substring(0, visible.length() - 1);
        }
        visible = BREAKS.matcher(visible).replaceAll("\n");
        return CONTROL_CHARACTERS.matcher(visible).replaceAll("");
    }
}
