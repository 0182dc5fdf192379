package vn.chitieu.document.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns tesseract's TSV output (one row per recognised word with its box, in pixels) into each page's
 * lines, so that OCR text is put back into paragraphs the same way as a PDF's text layer.
 */
final class OcrLines {

    private static final int WORD_LEVEL = 5;
    private static final int PAGE_LEVEL = 1;
    private static final int COLUMNS = 12;
    private static final int NUMBER_COLUMNS = 10;
    private static final Pattern INTEGER = Pattern.compile("-?\\d{1,9}");
    /** As in {@link PdfLineCollector}: a gap this many spaces wide separates table columns. */
    private static final float COLUMN_GAP_IN_SPACES = 4;

    private record Word(String text, int left, int right, int bottom) {}

    private OcrLines() {}

    static List<PageLines> parse(String tsv) {
        Map<Integer, Integer> widths = new LinkedHashMap<>();
        Map<Integer, List<List<Word>>> pages = new LinkedHashMap<>();
        String currentLine = null;
        for (String row : tsv.split("\n")) {
            String[] field = row.split("\t", COLUMNS);
            if (!isDataRow(field)) {
                continue;
            }
            int level = Integer.parseInt(field[0]);
            int page = Integer.parseInt(field[1]);
            if (level == PAGE_LEVEL) {
                widths.put(page, Integer.parseInt(field[8]));
            }
            String text = field[11].strip();
            if (level != WORD_LEVEL || text.isEmpty()) {
                continue;
            }
            List<List<Word>> lines = pages.computeIfAbsent(page, p -> new ArrayList<>());
            String lineKey = field[1] + "/" + field[2] + "/" + field[3] + "/" + field[4];
            if (!lineKey.equals(currentLine)) {
                lines.add(new ArrayList<>());
                currentLine = lineKey;
            }
            int left = Integer.parseInt(field[6]);
            int top = Integer.parseInt(field[7]);
            lines.get(lines.size() - 1).add(new Word(text, left, left + Integer.parseInt(field[8]),
                    top + Integer.parseInt(field[9])));
        }
        List<PageLines> result = new ArrayList<>();
        widths.forEach((page, width) -> result.add(page(width, pages.getOrDefault(page, List.of()))));
        return result;
    }

    /** A row of boxes: all twelve columns, the first ten whole numbers; the header and stray messages are not. */
    private static boolean isDataRow(String[] field) {
        if (field.length < COLUMNS) {
            return false;
        }
        for (int i = 0; i < NUMBER_COLUMNS; i++) {
            if (!INTEGER.matcher(field[i]).matches()) {
                return false;
            }
        }
        return true;
    }

    private static PageLines page(int width, List<List<Word>> lines) {
        float space = spaceWidth(lines);
        List<TextLine> textLines = new ArrayList<>();
        for (List<Word> words : lines) {
            StringBuilder text = new StringBuilder();
            List<Integer> bottoms = new ArrayList<>();
            boolean tabular = false;
            for (int i = 0; i < words.size(); i++) {
                Word word = words.get(i);
                if (i > 0) {
                    text.append(' ');
                    tabular |= word.left() - words.get(i - 1).right() > COLUMN_GAP_IN_SPACES * space;
                }
                text.append(word.text());
                bottoms.add(word.bottom());
            }
            Word first = words.get(0);
            float right = words.stream().mapToInt(Word::right).max().orElse(first.right());
            textLines.add(new TextLine(text.toString(), first.left(), right, median(bottoms), space,
                    first.right() - first.left(), tabular));
        }
        return new PageLines(width, textLines);
    }

    /** The usual gap between two words of a line, which is what a space looks like on this page. */
    private static float spaceWidth(List<List<Word>> lines) {
        List<Integer> gaps = new ArrayList<>();
        for (List<Word> words : lines) {
            for (int i = 1; i < words.size(); i++) {
                gaps.add(Math.max(1, words.get(i).left() - words.get(i - 1).right()));
            }
        }
        return gaps.isEmpty() ? 1 : median(gaps);
    }

    private static int median(List<Integer> values) {
        List<Integer> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
