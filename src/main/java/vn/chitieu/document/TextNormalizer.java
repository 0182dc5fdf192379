package vn.chitieu.document;

import com.ibm.icu.text.Normalizer2;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns a reader's text into {@link NormalizedText}: NFC, paragraphs rebuilt from lines that PDF
 * extraction broke, words hyphenated across lines joined, page numbers and running headers dropped.
 * Every output character keeps its offset in the input.
 */
public final class TextNormalizer {
    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

    /** A line that only numbers a page: "2", "- 2 -", "Trang 2", "2/12". */
    private static final Pattern PAGE_NUMBER =
            Pattern.compile("(?:[-–]\\s*)?(?:[Tt]rang\\s+)?\\d{1,3}(?:\\s*/\\s*\\d{1,3})?(?:\\s*[-–])?");

    /** The start of a numbered or bulleted item, a legal article or another line that opens a block. */
    private static final Pattern BLOCK_START = Pattern.compile("(?:"
            + "\\(\\d{1,3}\\)" // (1)
            + "|[-–+•*]\\s" // bullets
            + "|\\d{1,2}(?:\\.\\d{1,2}){0,3}\\.?\\)?\\s+[\\p{Lu}\"“(]" // 1. / 2.1. / 2.2 / 1) followed by a capital
            + "|\\d{1,2}[.)]\\s+\\d{1,3}(?:[,.]\\d+)?\\s?%" // 2. 100% …
            + "|[a-zđ][.)]\\s" // a. / a)
            + "|[IVXL]{1,5}[.)]?\\s" // I. / II
            + "|(?:Điều|Chương|Mục|Phần)\\s+[\\dIVXL]" // articles
            + "|\\((?:Kèm theo|kèm theo|Ban hành kèm)" // an annex's caption
            + "|(?:Căn cứ|Xét|Sau khi|Nơi nhận|QUYẾT NGHỊ|NGHỊ QUYẾT|PHỤ LỤC|Phụ lục|BIỂU|Biểu số|TM\\.|KT\\.|CHỦ TỊCH|PHÓ CHỦ TỊCH)"
            + ")");

    /**
     * A numbered heading ("2.", "1.1.", "II.", "a)"). A heading ends at the end of a line whose
     * next line starts with a capital, even when the line is full: the body follows it.
     */
    private static final Pattern HEADING_START =
            Pattern.compile("(?:[IVXL]{1,5}[.)]|\\d{1,2}(?:\\.\\d{1,2}){0,3}\\.?\\)?|[a-zđ][.)])\\s+\\p{Lu}");

    private static final Pattern COLUMN_GAP = Pattern.compile("(?<=\\S)(?: {4,}|\\t+ *)(?=\\S)");

    private TextNormalizer() {}

    /** Normalises text whose line breaks may come from hard wrapping (plain text). */
    public static NormalizedText normalize(String input) {
        return normalize(input, false);
    }

    /**
     * Normalises a document's text. With {@code paragraphsKnown} (the PDF and OCR readers have
     * already rebuilt paragraphs from the page layout) no line is joined for being as wide as a wrapped line.
     */
    public static NormalizedText normalize(String input, boolean paragraphsKnown) {
        Chars nfc = nfc(input);
        List<Line> lines = lines(nfc);
        dropPageFurniture(lines);
        return join(nfc, lines, paragraphsKnown);
    }

    /** NFC text and, where normalising moved characters, each one's offset in the input (null: the same). */
    private record Chars(String text, int[] offsets) {
        int offset(int index) {
            if (offsets == null) {
                return Math.min(index, Math.max(text.length() - 1, 0));
            }
            return offsets[Math.min(index, offsets.length - 1)];
        }
    }

    private static final class Line {
        final int start; // offset in the NFC text of the first non-blank character
        final String text; // trimmed, markdown emphasis removed
        final int page;
        boolean dropped;

        Line(int start, String text, int page) {
            this.start = start;
            this.text = text;
            this.page = page;
        }

        boolean isTableRow() {
            return text.startsWith("|");
        }
    }

    private static Chars nfc(String input) {
        if (isPlainlyNfc(input) || NFC.isNormalized(input)) {
            return new Chars(input, null);
        }
        StringBuilder out = new StringBuilder(input.length());
        int[] offsets = new int[input.length() + 16];
        int n = 0;
        int length = input.length();
        for (int i = 0; i < length; i++) {
            char c = input.charAt(i);
            if (isPlain(c) && (i + 1 == length || isPlain(input.charAt(i + 1)))) {
                out.append(c);
                offsets[n++] = i;
                continue;
            }
            int end = i + 1;
            while (end < length && (Character.isLowSurrogate(input.charAt(end))
                    || !NFC.hasBoundaryBefore(input.codePointAt(end)))) {
                end++;
            }
            String normalized = NFC.normalize(input.substring(i, end));
            if (n + normalized.length() > offsets.length) {
                offsets = Arrays.copyOf(offsets, Math.max(offsets.length * 2, n + normalized.length()));
            }
            out.append(normalized);
            for (int k = 0; k < normalized.length(); k++) {
                offsets[n++] = i;
            }
            i = end - 1;
        }
        return new Chars(out.toString(), Arrays.copyOf(offsets, n));
    }

    /**
     * True when every character is one NFC leaves alone without looking further: below U+0300
     * (Latin), Vietnamese precomposed letters (U+1E00–U+1EFF) or general punctuation. Most texts
     * are, and checking this is cheaper than asking ICU.
     */
    private static boolean isPlainlyNfc(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!isPlain(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** A character NFC never changes or combines with what precedes it. */
    private static boolean isPlain(char c) {
        return c < 0x0300 || (c >= 0x1E00 && c <= 0x1EFF) || (c >= 0x2000 && c <= 0x206F);
    }

    private static List<Line> lines(Chars nfc) {
        String text = nfc.text();
        List<Line> lines = new ArrayList<>();
        int page = 1;
        int start = 0;
        if (text.indexOf('\f') < 0 && text.indexOf('\r') < 0) {
            // The common case: only line feeds, found by the JDK's fast search.
            for (int end = text.indexOf('\n'); ; end = text.indexOf('\n', start)) {
                int to = end < 0 ? text.length() : end;
                addLine(lines, text, start, to, page);
                if (end < 0) {
                    return lines;
                }
                start = end + 1;
            }
        }
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : '\n';
            if (c != '\n' && c != '\f' && c != '\r') {
                continue;
            }
            addLine(lines, text, start, i, page);
            if (c == '\f') {
                page++;
            }
            start = i + 1;
        }
        return lines;
    }

    private static void addLine(List<Line> lines, String text, int from, int to, int page) {
        int s = from;
        int e = to;
        while (s < e && isBlank(text.charAt(s))) s++;
        while (e > s && isBlank(text.charAt(e - 1))) e--;
        if (s == e) {
            return;
        }
        String line = text.substring(s, e);
        if (line.startsWith("**") && line.length() > 2) {
            line = line.substring(2);
            s += 2;
        }
        if (line.endsWith("**") && line.length() > 2) {
            line = line.substring(0, line.length() - 2);
        }
        line = line.strip();
        if (!line.isEmpty()) {
            lines.add(new Line(s, asColumns(line), page));
        }
    }

    /**
     * A line laid out in two columns with runs of spaces or a tab ("Số: 13/NQ-HĐND      Khoen On,
     * ngày …", "- Lưu: VT.      Nguyễn Văn A") is written as a table row, so each column is read on
     * its own.
     */
    private static String asColumns(String line) {
        if (line.startsWith("|") || (line.indexOf("    ") < 0 && line.indexOf('\t') < 0)) {
            return line;
        }
        String[] columns = COLUMN_GAP.split(line);
        if (columns.length < 2) {
            return line;
        }
        return "| " + String.join(" | ", columns) + " |";
    }

    private static boolean isBlank(char c) {
        if ((c > ' ' && c < 0x7f) || (c > 0xA0 && c < 0x1680) || (c > 0x180E && c < 0x2000)) {
            return false;
        }
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200b' || c == '\ufeff';
    }

    /** Drops page numbers, and lines that open or close three or more pages alike (running headers). */
    private static void dropPageFurniture(List<Line> lines) {
        for (Line line : lines) {
            if (line.text.length() <= 16 && !line.isTableRow() && PAGE_NUMBER.matcher(line.text).matches()) {
                line.dropped = true;
            }
        }
        int pages = lines.isEmpty() ? 0 : lines.get(lines.size() - 1).page;
        if (pages < 3) {
            return;
        }
        Map<String, Integer> edgeCounts = new HashMap<>();
        Map<Integer, List<Line>> edges = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            boolean first = i == 0 || lines.get(i - 1).page != line.page;
            boolean last = i == lines.size() - 1 || lines.get(i + 1).page != line.page;
            if (first || last) {
                edges.computeIfAbsent(line.page, p -> new ArrayList<>()).add(line);
                edgeCounts.merge(furnitureKey(line.text), 1, Integer::sum);
            }
        }
        for (List<Line> pageEdges : edges.values()) {
            for (Line line : pageEdges) {
                if (edgeCounts.get(furnitureKey(line.text)) >= 3 && line.text.length() < 120) {
                    line.dropped = true;
                }
            }
        }
    }

    private static String furnitureKey(String line) {
        return line.replaceAll("\\d+", "#");
    }

    private static NormalizedText join(Chars nfc, List<Line> all, boolean paragraphsKnown) {
        List<Line> lines = all.stream().filter(l -> !l.dropped).toList();
        int fullWidth = paragraphsKnown ? 0 : hardWrapWidth(lines);
        Output out = new Output(nfc.text().length() + 8 * lines.size() + 16);
        List<NormalizedText.Paragraph> paragraphs = new ArrayList<>();
        int paragraphStart = 0;
        int paragraphPage = 1;
        Line previous = null;
        boolean heading = false;
        for (Line line : lines) {
            int before = line.start > 0 ? line.start - 1 : 0;
            if (previous == null) {
                paragraphPage = line.page;
                heading = HEADING_START.matcher(line.text).lookingAt();
            } else if (continues(previous, line, heading ? 0 : fullWidth)) {
                if (!joinsWithoutSpace(previous.text, line.text)) {
                    out.append(' ', before);
                }
            } else {
                paragraphs.add(new NormalizedText.Paragraph(out.text(paragraphStart), paragraphStart, paragraphPage));
                out.append('\n', before);
                paragraphStart = out.length;
                paragraphPage = line.page;
                heading = HEADING_START.matcher(line.text).lookingAt();
            }
            out.appendCollapsingSpaces(line.text, line.start);
            previous = line;
        }
        if (previous != null) {
            paragraphs.add(new NormalizedText.Paragraph(out.text(paragraphStart), paragraphStart, paragraphPage));
        }
        int n = out.length;
        int[] originalOffsets;
        if (nfc.offsets() == null) {
            originalOffsets = Arrays.copyOf(out.offsets, n);
        } else {
            originalOffsets = new int[n];
            for (int i = 0; i < n; i++) {
                originalOffsets[i] = nfc.offset(out.offsets[i]);
            }
        }
        return new NormalizedText(out.text(0), nfc.text().isEmpty() ? new int[0] : originalOffsets, paragraphs);
    }

    /** The normalised text being written, with the offset of each character in the NFC text. */
    private static final class Output {
        char[] chars;
        int[] offsets;
        int length;

        Output(int capacity) {
            chars = new char[capacity];
            offsets = new int[capacity];
        }

        void append(char c, int offset) {
            ensure(1);
            chars[length] = c;
            offsets[length++] = offset;
        }

        /** Appends a line with each run of white space written as one space. */
        void appendCollapsingSpaces(String text, int base) {
            int n = text.length();
            ensure(n);
            // Copy the line in one go, then close up runs of white space in place.
            text.getChars(0, n, chars, length);
            int from = length;
            int w = length;
            boolean lastBlank = false;
            for (int r = 0; r < n; r++) {
                char c = chars[from + r];
                boolean blank = isBlank(c);
                if (blank && lastBlank) {
                    continue;
                }
                chars[w] = blank ? ' ' : c;
                offsets[w++] = base + r;
                lastBlank = blank;
            }
            length = w;
        }

        String text(int from) {
            return new String(chars, from, length - from);
        }

        private void ensure(int more) {
            if (length + more > chars.length) {
                int capacity = Math.max(chars.length * 2, length + more);
                chars = Arrays.copyOf(chars, capacity);
                offsets = Arrays.copyOf(offsets, capacity);
            }
        }
    }

    /**
     * The width at which a PDF's lines were wrapped, or 0 when the text is not hard-wrapped (its
     * paragraphs are already one line each).
     */
    static int hardWrapWidth(List<Line> lines) {
        int[] lengths = new int[lines.size()];
        int count = 0;
        for (Line line : lines) {
            if (!line.isTableRow()) {
                lengths[count++] = line.text.length();
            }
        }
        lengths = Arrays.copyOf(lengths, count);
        Arrays.sort(lengths);
        if (lengths.length < 8) {
            return 0;
        }
        int width = lengths[(int) (lengths.length * 0.9)];
        if (width < 30 || width > 250) {
            return 0;
        }
        long full = Arrays.stream(lengths).filter(l -> l >= width * 0.8 && l <= width * 1.1).count();
        if (full < lengths.length * 0.4) {
            return 0;
        }
        // In hard-wrapped text a full line is mostly followed by the rest of its sentence (a lower-case
        // word); in text whose paragraphs were already rebuilt, by the next paragraph.
        int fullLines = 0;
        int continued = 0;
        for (int i = 0; i + 1 < lines.size(); i++) {
            int length = lines.get(i).text.length();
            if (length >= width * 0.8 && length <= width * 1.1) {
                fullLines++;
                if (Character.isLowerCase(lines.get(i + 1).text.charAt(0))) {
                    continued++;
                }
            }
        }
        return continued * 2 >= fullLines ? width : 0;
    }

    private static boolean continues(Line previous, Line line, int fullWidth) {
        if (previous.isTableRow() || line.isTableRow()) {
            return false;
        }
        String p = previous.text;
        String c = line.text;
        char first = c.charAt(0);
        char last = p.charAt(p.length() - 1);
        boolean previousEndsSentence = ".;:!?".indexOf(last) >= 0;
        boolean letterItem = c.length() > 1 && (c.charAt(1) == '.' || c.charAt(1) == ')');
        if (Character.isLowerCase(first) && !letterItem) {
            return true;
        }
        if (BLOCK_START.matcher(c).lookingAt()) {
            return isDashBeforeLowerCase(c) && !previousEndsSentence;
        }
        if (Character.isLowerCase(first)) {
            return true;
        }
        // A line longer than the wrap width was already rebuilt into a paragraph by the reader.
        boolean previousIsFull = fullWidth > 0 && p.length() >= fullWidth * 0.8 && p.length() <= fullWidth * 1.1;
        if (previousIsFull) {
            return true;
        }
        if (Character.isDigit(first) || first == ')' || first == ',' || first == '%') {
            return !previousEndsSentence;
        }
        return last == ',' || (last == '-' && p.length() > 1 && !isBlank(p.charAt(p.length() - 2)));
    }

    /** "kinh tế" + "– xã hội": a dash that starts a line but continues a phrase, not a bullet. */
    private static boolean isDashBeforeLowerCase(String line) {
        return line.length() > 2 && (line.charAt(0) == '-' || line.charAt(0) == '–')
                && Character.isLowerCase(line.strip().length() > 2 ? line.substring(1).strip().charAt(0) : 'X');
    }

    /** "57-" + "CT/TW" joins as "57-CT/TW": a hyphen glued to a word at the end of a line. */
    private static boolean joinsWithoutSpace(String previous, String line) {
        int len = previous.length();
        return len > 1 && previous.charAt(len - 1) == '-' && !isBlank(previous.charAt(len - 2))
                && Character.isLetterOrDigit(line.charAt(0));
    }
}
