package vn.chitieu.document.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** Collects each page's visual lines, in reading order, with their positions, from PDFBox's text stripper. */
final class PdfLineCollector extends PDFTextStripper {

    /** A gap this many spaces wide between two words separates table columns, not words of a sentence. */
    private static final float COLUMN_GAP_IN_SPACES = 4;

    private final List<PageLines> pages = new ArrayList<>();
    private List<TextLine> page = new ArrayList<>();
    private float pageWidth;
    private StringBuilder text;
    private float left;
    private float right = -Float.MAX_VALUE;
    private float baseline;
    private float spaceWidth;
    private float firstWordWidth;
    private boolean tabular;
    private boolean firstWordDone;

    private PdfLineCollector() {
        setSortByPosition(true);
    }

    /** The lines of every page, page by page. */
    static List<PageLines> collect(PDDocument pdf) throws IOException {
        PdfLineCollector collector = new PdfLineCollector();
        collector.getText(pdf);
        return collector.pages;
    }

    @Override
    protected void startPage(PDPage pdfPage) {
        page = new ArrayList<>();
        boolean sideways = pdfPage.getRotation() % 180 != 0;
        pageWidth = sideways ? pdfPage.getCropBox().getHeight() : pdfPage.getCropBox().getWidth();
    }

    @Override
    protected void endPage(PDPage pdfPage) {
        endLine();
        pages.add(new PageLines(pageWidth, page));
    }

    @Override
    protected void writeString(String word, List<TextPosition> positions) {
        if (text == null) {
            text = new StringBuilder();
            tabular = false;
            firstWordDone = false;
        }
        for (TextPosition glyph : positions) {
            if (glyph.getUnicode() == null || glyph.getUnicode().isBlank()) {
                endWord();
                continue;
            }
            float glyphLeft = glyph.getXDirAdj();
            float glyphRight = glyphLeft + glyph.getWidthDirAdj();
            if (right == -Float.MAX_VALUE) {
                left = glyphLeft;
                baseline = glyph.getYDirAdj();
                float space = glyph.getWidthOfSpace();
                spaceWidth = Float.isNaN(space) || space <= 0 ? glyph.getFontSizeInPt() / 4 : space;
                firstWordWidth = glyphRight - glyphLeft;
            } else {
                if (glyphLeft - right > COLUMN_GAP_IN_SPACES * spaceWidth) {
                    tabular = true;
                }
                if (!firstWordDone) {
                    firstWordWidth = glyphRight - left;
                }
            }
            right = Math.max(right, glyphRight);
            baseline = Math.max(baseline, glyph.getYDirAdj());
        }
        text.append(word);
    }

    @Override
    protected void writeWordSeparator() {
        if (text != null) {
            text.append(' ');
        }
        endWord();
    }

    private void endWord() {
        if (right != -Float.MAX_VALUE) {
            firstWordDone = true;
        }
    }

    @Override
    protected void writeLineSeparator() {
        endLine();
    }

    @Override
    protected void writeParagraphSeparator() {
        endLine();
    }

    @Override
    protected void endArticle() {
        endLine();
    }

    private void endLine() {
        if (text != null) {
            String line = text.toString().strip();
            if (!line.isEmpty()) {
                page.add(new TextLine(line, left, right, baseline, spaceWidth, firstWordWidth, tabular));
            }
            text = null;
            right = -Float.MAX_VALUE;
        }
    }
}
