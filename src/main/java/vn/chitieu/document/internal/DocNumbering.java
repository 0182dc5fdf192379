package vn.chitieu.document.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.poi.hwpf.usermodel.HWPFList;
import org.apache.poi.hwpf.usermodel.Paragraph;

/**
 * Best-effort list numbers for legacy Word (DOC) paragraphs, counted per list as Word 97 does, with a
 * list override's start value restarting the count where it first appears.
 */
final class DocNumbering {

    private static final int LEVELS = 9;
    private static final int UNSET = Integer.MIN_VALUE;
    private static final int BULLET = 0x17;
    private static final int NO_NUMBER = 0xFF;

    private final Map<Integer, int[]> counters = new HashMap<>();
    private final Set<Integer> overridesSeen = new HashSet<>();

    /** The paragraph's list label followed by a space, or "" when it is not in a list. */
    String label(Paragraph paragraph) {
        if (!paragraph.isInList()) {
            return "";
        }
        HWPFList list = paragraph.getList();
        int level = Math.min(LEVELS - 1, Math.max(0, paragraph.getIlvl()));
        int[] count = counters.computeIfAbsent(list.getLsid(), id -> filled());
        if (overridesSeen.add(paragraph.getIlfo())) {
            for (int overridden = 0; overridden < LEVELS; overridden++) {
                if (list.isStartAtOverridden((char) overridden)) {
                    count[overridden] = list.getStartAt((char) overridden) - 1;
                }
            }
        }
        count[level] = count[level] == UNSET ? list.getStartAt((char) level) : count[level] + 1;
        Arrays.fill(count, level + 1, LEVELS, UNSET);
        String label = render(list, level, count).strip();
        return label.isEmpty() ? "" : label + " ";
    }

    private static String render(HWPFList list, int level, int[] count) {
        int format = list.getNumberFormat((char) level);
        String pattern = list.getNumberText((char) level);
        if (format == NO_NUMBER || pattern == null) {
            return "";
        }
        if (format == BULLET) {
            return pattern.strip().equals("+") ? "+" : "-";
        }
        StringBuilder label = new StringBuilder();
        for (char c : pattern.toCharArray()) {
            if (c < LEVELS) {
                int value = count[c] == UNSET ? list.getStartAt(c) : count[c];
                label.append(ListLabels.format(value, formatName(list.getNumberFormat(c))));
            } else {
                label.append(c);
            }
        }
        return label.toString();
    }

    /** The OOXML name of an MS-OSHARED number format code. */
    private static String formatName(int code) {
        switch (code) {
            case 1: return "upperRoman";
            case 2: return "lowerRoman";
            case 3: return "upperLetter";
            case 4: return "lowerLetter";
            case 0x16: return "decimalZero";
            default: return "decimal";
        }
    }

    private static int[] filled() {
        int[] array = new int[LEVELS];
        Arrays.fill(array, UNSET);
        return array;
    }
}
