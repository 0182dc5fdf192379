package vn.chitieu.document.internal;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Builds a reader's text the way {@link vn.chitieu.document.DocumentText} promises: one line per
 * paragraph, one {@code | cell | cell |} line per table row, a blank line before and after a table.
 */
final class TextLayout {

    private static final Pattern LINE_BREAKS = Pattern.compile("[\\r\\n\\f\\u000B]+");

    private final StringBuilder text = new StringBuilder();
    private boolean justAfterTable;

    void paragraph(String paragraph) {
        if (paragraph.isEmpty() && justAfterTable) {
            justAfterTable = false;
            return;
        }
        justAfterTable = false;
        text.append(paragraph).append('\n');
    }

    /** Emits the rows that have any text; a table with none leaves no trace. */
    void table(List<List<String>> rows) {
        List<String> lines = rows.stream()
                .map(row -> row.stream().map(TextLayout::cellText).collect(Collectors.toList()))
                .filter(row -> row.stream().anyMatch(cell -> !cell.isEmpty()))
                .map(row -> "| " + String.join(" | ", row) + " |")
                .collect(Collectors.toList());
        if (lines.isEmpty()) {
            return;
        }
        if (text.length() > 0 && !endsWithBlankLine()) {
            text.append('\n');
        }
        lines.forEach(line -> text.append(line).append('\n'));
        text.append('\n');
        justAfterTable = true;
    }

    String text() {
        return text.toString();
    }

    /** A table cell's text on one line: its paragraphs and line breaks become single spaces. */
    static String cellText(String cell) {
        return LINE_BREAKS.matcher(cell).replaceAll(" ").strip();
    }

    private boolean endsWithBlankLine() {
        int length = text.length();
        return length >= 2 && text.charAt(length - 1) == '\n' && text.charAt(length - 2) == '\n'
                || length == 1 && text.charAt(0) == '\n';
    }
}
