package vn.chitieu.document.internal;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;

/**
 * Word's automatic list numbers ("1.", "2.1.", "a)", "(1)", "-", "+") as the text a reader of the
 * printed page sees, so that numbered items keep their numbers. Counters run per abstract numbering
 * definition, as in Word: several list instances of one definition continue one sequence, and an
 * instance with a start override restarts it where it first appears (ECMA-376 Part 1, §17.9).
 */
final class WordNumbering {

    private static final int LEVELS = 9;
    private static final int UNSET = Integer.MIN_VALUE;
    private static final int MAX_STYLE_DEPTH = 10;

    private final XWPFDocument document;
    private final Map<BigInteger, int[]> counters = new HashMap<>();
    private final Set<BigInteger> instancesSeen = new HashSet<>();

    WordNumbering(XWPFDocument document) {
        this.document = document;
    }

    /** The paragraph's list label followed by a space, or "" when it is not a numbered paragraph. */
    String label(XWPFParagraph paragraph) {
        XWPFNumbering numbering = document.getNumbering();
        CTNumPr numPr = numberingProperties(paragraph);
        if (numbering == null || numPr == null || numPr.getNumId() == null) {
            return "";
        }
        BigInteger numId = numPr.getNumId().getVal();
        XWPFNum num = numId == null ? null : numbering.getNum(numId);
        if (num == null || num.getCTNum().getAbstractNumId() == null) {
            return "";
        }
        BigInteger abstractNumId = num.getCTNum().getAbstractNumId().getVal();
        XWPFAbstractNum abstractNum = abstractNum(numbering, abstractNumId);
        if (abstractNum == null) {
            return "";
        }
        int level = numPr.getIlvl() == null || numPr.getIlvl().getVal() == null
                ? 0 : Math.min(LEVELS - 1, Math.max(0, numPr.getIlvl().getVal().intValue()));
        CTLvl[] levels = levels(abstractNum, num);
        int[] count = counters.computeIfAbsent(abstractNumId, id -> filled(UNSET));
        if (instancesSeen.add(numId)) {
            restartOverriddenLevels(num, count);
        }
        count[level] = count[level] == UNSET ? start(levels[level]) : count[level] + 1;
        Arrays.fill(count, level + 1, LEVELS, UNSET);
        String label = render(levels, level, count);
        return label.isBlank() ? "" : label + " ";
    }

    /** POI's own lookup fails on a definition without an id; Word ignores such a definition. */
    private static XWPFAbstractNum abstractNum(XWPFNumbering numbering, BigInteger abstractNumId) {
        for (XWPFAbstractNum candidate : numbering.getAbstractNums()) {
            if (abstractNumId != null && abstractNumId.equals(candidate.getCTAbstractNum().getAbstractNumId())) {
                return candidate;
            }
        }
        return null;
    }

    private CTNumPr numberingProperties(XWPFParagraph paragraph) {
        CTPPr own = paragraph.getCTP().getPPr();
        if (own != null && own.getNumPr() != null) {
            return own.getNumPr();
        }
        String styleId = paragraph.getStyleID();
        for (int depth = 0; styleId != null && document.getStyles() != null && depth < MAX_STYLE_DEPTH; depth++) {
            XWPFStyle style = document.getStyles().getStyle(styleId);
            if (style == null) {
                return null;
            }
            CTPPrGeneral inherited = style.getCTStyle().getPPr();
            if (inherited != null && inherited.getNumPr() != null) {
                return inherited.getNumPr();
            }
            styleId = style.getBasisStyleID();
        }
        return null;
    }

    private static CTLvl[] levels(XWPFAbstractNum abstractNum, XWPFNum num) {
        CTLvl[] levels = new CTLvl[LEVELS];
        for (CTLvl lvl : abstractNum.getCTAbstractNum().getLvlArray()) {
            put(levels, lvl);
        }
        for (CTNumLvl override : num.getCTNum().getLvlOverrideArray()) {
            if (override.getLvl() != null) {
                put(levels, override.getLvl());
            }
        }
        return levels;
    }

    private static void put(CTLvl[] levels, CTLvl lvl) {
        if (lvl.getIlvl() != null && lvl.getIlvl().signum() >= 0 && lvl.getIlvl().intValue() < LEVELS) {
            levels[lvl.getIlvl().intValue()] = lvl;
        }
    }

    private static void restartOverriddenLevels(XWPFNum num, int[] count) {
        for (CTNumLvl override : num.getCTNum().getLvlOverrideArray()) {
            int level = override.getIlvl() == null ? -1 : override.getIlvl().intValue();
            if (level >= 0 && level < LEVELS && override.getStartOverride() != null
                    && override.getStartOverride().getVal() != null) {
                count[level] = override.getStartOverride().getVal().intValue() - 1;
                Arrays.fill(count, level + 1, LEVELS, UNSET);
            }
        }
    }

    private static String render(CTLvl[] levels, int level, int[] count) {
        CTLvl lvl = levels[level];
        if (lvl == null || lvl.getLvlText() == null || lvl.getLvlText().getVal() == null) {
            return "";
        }
        String pattern = lvl.getLvlText().getVal();
        if ("bullet".equals(format(lvl))) {
            return pattern.strip().equals("+") ? "+" : "-";
        }
        boolean legal = lvl.getIsLgl() != null;
        StringBuilder label = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '%' && i + 1 < pattern.length() && pattern.charAt(i + 1) >= '1' && pattern.charAt(i + 1) <= '9') {
                int referenced = pattern.charAt(++i) - '1';
                int value = count[referenced] == UNSET ? start(levels[referenced]) : count[referenced];
                label.append(ListLabels.format(value, legal ? "decimal" : format(levels[referenced])));
            } else {
                label.append(c);
            }
        }
        return label.toString().strip();
    }

    private static String format(CTLvl lvl) {
        return lvl == null || lvl.getNumFmt() == null || lvl.getNumFmt().getVal() == null
                ? "decimal" : lvl.getNumFmt().getVal().toString();
    }

    private static int start(CTLvl lvl) {
        return lvl == null || lvl.getStart() == null || lvl.getStart().getVal() == null
                ? 1 : lvl.getStart().getVal().intValue();
    }

    private static int[] filled(int value) {
        int[] array = new int[LEVELS];
        Arrays.fill(array, value);
        return array;
    }
}
