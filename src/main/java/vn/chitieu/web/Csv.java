package vn.chitieu.web;

import java.nio.charset.StandardCharsets;

/**
 * What the CSV files the application writes by hand have in common: text cells quoted, a cell a
 * spreadsheet would read as a formula kept as text (its text comes from imported documents), and
 * UTF-8 with a byte-order mark, so that Excel reads the Vietnamese.
 */
public final class Csv {
    private Csv() {}

    /** {@code "text"}, doubled quotes inside; "=…", "+…", "-…", "@…", a tab or a carriage return first get a "'" before them. */
    public static String text(String text) {
        String safe = !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }

    /** The file's bytes: a byte-order mark, then the text in UTF-8. */
    public static byte[] withByteOrderMark(String csv) {
        return ("\uFEFF" + csv).getBytes(StandardCharsets.UTF_8);
    }
}
