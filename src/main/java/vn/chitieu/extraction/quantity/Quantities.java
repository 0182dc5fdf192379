package vn.chitieu.extraction.quantity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.chitieu.extraction.numeral.Numeral;
import vn.chitieu.extraction.numeral.Numerals;

/** Finds numbers with their units in folded text: "200ha", "8,8%/năm", "57,96/61,01km", "65-70%". */
public final class Quantities {
    static final String NUMBER_WITH_UNIT = "number followed by a unit";
    static final String BARE_NUMBER = "number without a unit";
    static final String FRACTION = "part of a total (57,96/61,01 km): the part is the value";
    static final String RANGE = "range of two numbers (65-70%)";

    private static final Pattern FRACTION_FORM =
            Pattern.compile("(?<![\\p{N}.,/])(\\d[\\d.,]*\\d|\\d)\\s*/\\s*(\\d[\\d.,]*\\d|\\d)(?![\\p{N}/])");
    private static final Pattern PER = Pattern.compile("\\s*/\\s*(người\\s*/\\s*(?:năm|ngày|tháng)|người|năm|ngày|ha|tháng|hộ|km|lao động)(?!\\p{L})");
    /** "120 (một trăm hai mươi) lao động": the number restated in words, as legal texts do. */
    private static final Pattern RESTATED_IN_WORDS = Pattern.compile("\\s*\\(([\\p{L} ]{3,60})\\)");
    private static final Pattern RANGE_DASH = Pattern.compile("\\s*[-–]\\s*");
    private static final Pattern RANGE_WORDS = Pattern.compile("\\s+(đến|tới)\\s+");

    private Quantities() {}

    public static List<Quantity> find(String folded) {
        List<Numeral> numerals = numerals(folded);
        List<Quantity> found = new ArrayList<>();
        int covered = 0;
        for (int i = 0; i < numerals.size(); i++) {
            Numeral n = numerals.get(i);
            if (n.start() < covered) {
                // Already read as part of the quantity before it: "2 /5" is one fraction, not also a 2;
                // the 2 of "5 m2/2" is the unit's.
                continue;
            }
            Quantity q = withUnit(folded, n.start(), n.end(), n.value(), n.rule());
            if (i + 1 < numerals.size()) {
                Quantity range = range(folded, q, numerals.get(i + 1));
                if (range != null) {
                    found.add(range);
                    covered = range.end();
                    i++;
                    continue;
                }
            }
            if (q.unit() == null && n.rule().equals(Numerals.WORDS)) {
                continue;
            }
            found.add(q);
            covered = q.end();
        }
        return found;
    }

    /** Digit numbers (no multiplier: "1,5 tỷ đồng" is 1,5 of the unit "tỷ đồng"), fractions, words. */
    private static List<Numeral> numerals(String folded) {
        List<Numeral> all = new ArrayList<>(Numerals.findDigits(folded, false));
        Matcher f = FRACTION_FORM.matcher(folded);
        while (folded.indexOf('/') >= 0 && f.find()) {
            List<Numeral> part = Numerals.findDigits(f.group(1), false);
            if (part.size() == 1 && part.get(0).end() == f.group(1).length() && !isDate(folded, f.end())) {
                all.add(new Numeral(f.start(), f.end(), part.get(0).value(), FRACTION));
            }
        }
        for (Numeral word : Numerals.findWords(folded)) {
            if (all.stream().noneMatch(d -> overlaps(d, word))) {
                all.add(word);
            }
        }
        // At one start the longest reading first: the fraction "2 /5" before the 2 inside it.
        all.sort(Comparator.comparingInt(Numeral::start).thenComparing(Comparator.comparingInt(Numeral::end).reversed()));
        return all;
    }

    private static boolean isDate(String folded, int end) {
        return end < folded.length() && folded.charAt(end) == '/';
    }

    private static boolean overlaps(Numeral a, Numeral b) {
        return a.start() < b.end() && b.start() < a.end();
    }

    private static Quantity withUnit(String folded, int start, int end, BigDecimal value, String rule) {
        int at = end;
        Matcher restated = RESTATED_IN_WORDS.matcher(folded).region(end, folded.length());
        if (restated.lookingAt()) {
            List<Numeral> words = Numerals.find(restated.group(1));
            if (words.size() == 1 && words.get(0).value().compareTo(value) == 0) {
                at = restated.end();
            }
        }
        while (at < folded.length() && folded.charAt(at) == ' ') {
            at++;
        }
        Units.Match unit = Units.at(folded, at);
        if (unit == null) {
            return new Quantity(start, end, value, null, null, null, rule + " / " + BARE_NUMBER);
        }
        int qEnd = unit.end();
        String unitName = unit.unit();
        Units.Match second = secondCountUnit(folded, unit);
        if (second != null) {
            unitName = unitName + ", " + second.unit();
            qEnd = second.end();
        }
        String per = null;
        Matcher p = PER.matcher(folded).region(qEnd, folded.length());
        if (p.lookingAt()) {
            per = p.group(1).replaceAll("\\s+", "");
            qEnd = p.end();
        }
        return new Quantity(start, qEnd, value, null, unitName, per, rule + " / " + NUMBER_WITH_UNIT);
    }

    /** "02 doanh nghiệp, hợp tác xã": two things counted together keep both names as the unit. */
    private static Units.Match secondCountUnit(String folded, Units.Match first) {
        if (!Units.isCountNoun(first.unit())) {
            return null;
        }
        int at = first.end();
        if (at + 2 > folded.length() || folded.charAt(at) != ',') {
            return null;
        }
        at++;
        while (at < folded.length() && folded.charAt(at) == ' ') {
            at++;
        }
        Units.Match second = Units.at(folded, at);
        boolean endsThere = second != null && (second.end() == folded.length() || ".;,) ".indexOf(folded.charAt(second.end())) >= 0);
        return second != null && endsThere && Units.isCountNoun(second.unit()) ? second : null;
    }

    /** "65-70%", "65% - 70%", "từ 65 đến 70%": two numbers joined by a dash or "đến", one unit. */
    private static Quantity range(String folded, Quantity first, Numeral second) {
        Matcher dash = RANGE_DASH.matcher(folded).region(first.end(), folded.length());
        Matcher words = RANGE_WORDS.matcher(folded).region(first.end(), folded.length());
        boolean joined = (dash.lookingAt() && dash.end() == second.start())
                || (words.lookingAt() && words.end() == second.start() && precededByTu(folded, first.start()));
        if (!joined) {
            return null;
        }
        Quantity upper = withUnit(folded, second.start(), second.end(), second.value(), second.rule());
        if (upper.unit() == null || (first.unit() != null && !first.unit().equals(upper.unit()))) {
            return null;
        }
        if (upper.value().compareTo(first.value()) <= 0) {
            return null;
        }
        return new Quantity(first.start(), upper.end(), first.value(), upper.value(), upper.unit(), upper.per(), RANGE);
    }

    private static boolean precededByTu(String folded, int start) {
        String before = folded.substring(Math.max(0, start - 4), start);
        return before.endsWith("từ ");
    }
}
