package vn.chitieu.document.internal;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.ICell;
import org.apache.poi.xwpf.usermodel.IRunElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFSDTCell;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import vn.chitieu.document.DocumentException;
import vn.chitieu.document.DocumentFormat;
import vn.chitieu.document.DocumentReader;
import vn.chitieu.document.DocumentSource;
import vn.chitieu.document.DocumentText;

/**
 * Reads a Word (DOCX) document's body in order: paragraphs with their list numbers, and tables as
 * pipe rows. Page headers, footers and footnotes are left out: they repeat the letterhead or cite
 * sources, and carry no targets.
 */
public final class DocxReader implements DocumentReader {

    private static final Pattern NOTE_REFERENCE = Pattern.compile("\\[(?:footnoteRef|endnoteRef):-?\\d+]");

    @Override
    public boolean accepts(DocumentSource source) {
        return FileSignature.detect(source).filter(DocumentFormat.DOCX::equals).isPresent();
    }

    @Override
    public DocumentText read(DocumentSource source) throws DocumentException {
        OfficeZip.guard();
        String text;
        LegacyFonts legacyFonts = new LegacyFonts();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(source.bytes()))) {
            text = new Body(document, legacyFonts).text();
        } catch (Exception | StackOverflowError e) {
            throw OfficeZip.refusal(source.fileName(), "DOCX", e);
        }
        legacyFonts.refuseIfMostlyLegacy(source.fileName());
        return new DocumentText(text, DocumentFormat.DOCX);
    }

    /** One reading of a document's body, with the list counters and font statistics it keeps. */
    private static final class Body {
        private final XWPFDocument document;
        private final WordNumbering numbering;
        private final WordFonts fonts;
        private final LegacyFonts legacyFonts;

        Body(XWPFDocument document, LegacyFonts legacyFonts) {
            this.document = document;
            this.numbering = new WordNumbering(document);
            this.fonts = new WordFonts(document);
            this.legacyFonts = legacyFonts;
        }

        String text() {
            TextLayout layout = new TextLayout();
            for (IBodyElement element : document.getBodyElements()) {
                if (element instanceof XWPFParagraph paragraph) {
                    layout.paragraph(numbered(paragraph));
                } else if (element instanceof XWPFTable table) {
                    layout.table(rows(table));
                } else if (element instanceof XWPFSDT contentControl) {
                    contentControl.getContent().getText().lines().forEach(layout::paragraph);
                }
            }
            return layout.text();
        }

        private List<List<String>> rows(XWPFTable table) {
            List<List<String>> rows = new ArrayList<>();
            for (XWPFTableRow row : table.getRows()) {
                List<String> cells = new ArrayList<>();
                for (ICell cell : row.getTableICells()) {
                    if (cell instanceof XWPFTableCell tableCell) {
                        cells.add(cellText(tableCell));
                    } else if (cell instanceof XWPFSDTCell contentControl) {
                        cells.add(contentControl.getContent().getText());
                    }
                }
                rows.add(cells);
            }
            return rows;
        }

        /** A cell's paragraphs, and any table nested in it, flattened to one line of text. */
        private String cellText(XWPFTableCell cell) {
            List<String> parts = new ArrayList<>();
            for (IBodyElement element : cell.getBodyElements()) {
                if (element instanceof XWPFParagraph paragraph) {
                    parts.add(numbered(paragraph));
                } else if (element instanceof XWPFTable nested) {
                    rows(nested).forEach(parts::addAll);
                }
            }
            parts.replaceAll(TextLayout::cellText);
            parts.removeIf(String::isEmpty);
            return String.join(" ", parts);
        }

        private String numbered(XWPFParagraph paragraph) {
            return numbering.label(paragraph) + text(paragraph);
        }

        /** The paragraph's visible text: runs in order, soft line breaks as {@code \n}, deleted revisions left out. */
        private String text(XWPFParagraph paragraph) {
            StringBuilder text = new StringBuilder();
            for (IRunElement element : paragraph.getIRuns()) {
                if (element instanceof XWPFRun run) {
                    if (run.getCTR().sizeOfDelTextArray() == 0) {
                        String runText = run.text();
                        legacyFonts.count(runText, fonts.of(run, paragraph));
                        text.append(runText);
                    }
                } else if (element instanceof XWPFSDT contentControl) {
                    text.append(contentControl.getContent().getText());
                }
            }
            return NOTE_REFERENCE.matcher(text).replaceAll("");
        }
    }
}
