package vn.chitieu.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The headline figures of {@code ../shared/tools/score-extraction}, computed the same way in Java so
 * tests can assert them: indicator F1, exact-target F1, document fields correct, task-heading F1.
 * Totals add up across documents; {@link #misses} says what was wrong, for the failure message.
 */
final class ExtractionScore {
    private static final String[] DOC_FIELDS = {"type", "number", "issuer", "unit.level", "unit.name", "unit.province",
        "place", "signedOn", "adoptedOn", "term", "session", "title", "period.kind", "period.start", "period.end",
        "signer.position", "signer.name", "indicatorsInAnnex"};
    private static final String[] TARGET_ATTRS = {"kind", "comparator", "direction", "perYear", "year", "deadline"};

    int docOk;
    int docN;
    int indTp;
    int indPred;
    int indGold;
    int exactTp;
    int targetPred;
    int targetGold;
    int taskTp;
    int taskPred;
    int taskGold;
    final List<String> misses = new ArrayList<>();

    void add(String name, JsonNode gold, JsonNode pred) {
        for (String field : DOC_FIELDS) {
            JsonNode g = at(gold.path("document"), field);
            JsonNode p = at(pred.path("document"), field);
            docN++;
            boolean ok = field.equals("title") && !g.isNull() && !p.isNull()
                    ? ratio(norm(g), norm(p)) >= 0.9
                    : norm(g).equals(norm(p));
            if (ok) docOk++; else misses.add(name + " document." + field + ": gold=" + g + " pred=" + p);
        }
        int gEnd = endYear(gold);
        int pEnd = endYear(pred);
        Map<String, JsonNode> predByKey = new HashMap<>();
        List<String> predKeys = keys(pred.path("indicators"));
        for (int i = 0; i < predKeys.size(); i++) predByKey.put(predKeys.get(i), pred.path("indicators").get(i));
        List<String> goldKeys = keys(gold.path("indicators"));
        indPred += predKeys.size();
        indGold += goldKeys.size();
        for (JsonNode i : pred.path("indicators")) targetPred += i.path("targets").size();
        for (int i = 0; i < goldKeys.size(); i++) {
            JsonNode g = gold.path("indicators").get(i);
            targetGold += g.path("targets").size();
            JsonNode p = predByKey.get(goldKeys.get(i));
            if (p == null) {
                misses.add(name + " indicator " + goldKeys.get(i) + " missing");
                continue;
            }
            indTp++;
            Set<Integer> used = new HashSet<>();
            for (JsonNode gt : g.path("targets")) {
                int best = -1;
                double bestSim = -1;
                for (int j = 0; j < p.path("targets").size(); j++) {
                    JsonNode pt = p.path("targets").get(j);
                    if (used.contains(j) || !valueEq(gt.path("value"), pt.path("value"))) continue;
                    if (!gt.path("value").isNull() && !unitKey(gt.path("unit")).equals(unitKey(pt.path("unit")))) continue;
                    if (gt.path("value").isNull() && !gt.path("kind").asText().equals(pt.path("kind").asText())) continue;
                    double sim = ratio(norm(gt.path("subject")), norm(pt.path("subject")));
                    if (sim > bestSim) {
                        best = j;
                        bestSim = sim;
                    }
                }
                if (best < 0) {
                    misses.add(name + " indicator " + goldKeys.get(i) + " target not found: " + gt);
                    continue;
                }
                used.add(best);
                JsonNode pt = p.path("targets").get(best);
                if (exact(gt, pt, gEnd, pEnd)) exactTp++;
                else misses.add(name + " indicator " + goldKeys.get(i) + " target differs: gold " + gt + " pred " + pt);
            }
        }
        JsonNode gTasks = gold.path("tasks");
        JsonNode pTasks = pred.path("tasks");
        taskPred += pTasks.size();
        taskGold += gTasks.size();
        Set<Integer> used = new HashSet<>();
        for (JsonNode g : gTasks) {
            boolean found = false;
            for (int j = 0; j < pTasks.size() && !found; j++) {
                JsonNode p = pTasks.get(j);
                if (!used.contains(j) && norm(g.path("ref")).equals(norm(p.path("ref")))
                        && ratio(norm(g.path("title")), norm(p.path("title"))) >= 0.85) {
                    used.add(j);
                    taskTp++;
                    found = true;
                }
            }
            if (!found) misses.add(name + " task not found: " + g);
        }
    }

    double indicatorF1() {
        return f1(indTp, indPred, indGold);
    }

    double exactTargetF1() {
        return f1(exactTp, targetPred, targetGold);
    }

    double documentFields() {
        return docN == 0 ? 0 : (double) docOk / docN;
    }

    double taskF1() {
        return f1(taskTp, taskPred, taskGold);
    }

    String summary() {
        return String.format(Locale.ROOT, "fields %.3f, indicator F1 %.3f, exact-target F1 %.3f, tasks F1 %.3f",
                documentFields(), indicatorF1(), exactTargetF1(), taskF1()) + "\n" + String.join("\n", misses);
    }

    static double f1(int tp, int pred, int gold) {
        double p = pred == 0 ? (gold == 0 ? 1 : 0) : (double) tp / pred;
        double r = gold == 0 ? (pred == 0 ? 1 : 0) : (double) tp / gold;
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private static boolean exact(JsonNode g, JsonNode p, int gEnd, int pEnd) {
        for (String attr : TARGET_ATTRS) {
            if (!attr(g, attr, gEnd).equals(attr(p, attr, pEnd))) return false;
        }
        return valueEq(g.path("valueMax"), p.path("valueMax"));
    }

    private static String attr(JsonNode t, String attr, int endYear) {
        JsonNode v = t.path(attr);
        if (attr.equals("perYear")) return String.valueOf(v.asBoolean(false));
        if (attr.equals("year") && (v.isMissingNode() || v.isNull())) return String.valueOf(endYear);
        return norm(v);
    }

    private static boolean valueEq(JsonNode a, JsonNode b) {
        boolean aNull = a.isMissingNode() || a.isNull();
        boolean bNull = b.isMissingNode() || b.isNull();
        if (aNull || bNull) return aNull && bNull;
        return Math.abs(a.asDouble() - b.asDouble()) < 1e-6;
    }

    private static String unitKey(JsonNode unit) {
        return norm(unit).replace(" ", "");
    }

    private static int endYear(JsonNode extraction) {
        String end = extraction.path("document").path("period").path("end").asText("");
        return end.length() >= 4 ? Integer.parseInt(end.substring(0, 4)) : -1;
    }

    private static List<String> keys(JsonNode indicators) {
        Map<Integer, Integer> seen = new HashMap<>();
        List<String> keys = new ArrayList<>();
        for (JsonNode i : indicators) {
            int no = i.path("no").asInt();
            keys.add(no + "#" + seen.merge(no, 1, Integer::sum));
        }
        return keys;
    }

    private static JsonNode at(JsonNode node, String path) {
        for (String part : path.split("\\.")) node = node.path(part);
        return node;
    }

    /** As the scorer's norm(): NFC, white space folded, ".;:," trimmed, case folded; null stays distinct. */
    static String norm(JsonNode v) {
        if (v == null || v.isMissingNode() || v.isNull()) return "<null>";
        if (v.isBoolean() || v.isNumber()) return v.asText();
        String s = Normalizer.normalize(v.asText(), Normalizer.Form.NFC).replaceAll("\\s+", " ").strip();
        s = s.replaceAll("^[.;:,]+|[.;:,]+$", "").strip();
        return s.toLowerCase(Locale.ROOT);
    }

    /** Similarity as difflib's ratio: 2·matches / total length, matches from longest common blocks. */
    static double ratio(String a, String b) {
        if (a.isEmpty() && b.isEmpty()) return 1;
        return 2.0 * matches(a, b) / (a.length() + b.length());
    }

    private static int matches(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) return 0;
        int bestLen = 0;
        int bestA = 0;
        int bestB = 0;
        int[] prev = new int[b.length() + 1];
        for (int i = 1; i <= a.length(); i++) {
            int[] cur = new int[b.length() + 1];
            for (int j = 1; j <= b.length(); j++) {
                if (a.charAt(i - 1) == b.charAt(j - 1)) {
                    cur[j] = prev[j - 1] + 1;
                    if (cur[j] > bestLen) {
                        bestLen = cur[j];
                        bestA = i - bestLen;
                        bestB = j - bestLen;
                    }
                }
            }
            prev = cur;
        }
        if (bestLen == 0) return 0;
        return bestLen + matches(a.substring(0, bestA), b.substring(0, bestB))
                + matches(a.substring(bestA + bestLen), b.substring(bestB + bestLen));
    }
}
