package vn.chitieu.extraction.target;

import java.util.ArrayList;
import java.util.List;
import vn.chitieu.document.VietnameseText;

/** Splits an indicator's lines into sentences and clauses (";", parentheses that hold a value). */
final class Clauses {
    private Clauses() {}

    static List<Clause> of(List<TargetReader.Line> lines) {
        List<Clause> clauses = new ArrayList<>();
        String lead = "";
        for (TargetReader.Line line : lines) {
            String context = line.bullet() ? lead : "";
            List<int[]> sentences = sentences(line.text());
            for (int[] s : sentences) {
                String sentence = line.text().substring(s[0], s[1]);
                boolean first = true;
                String sentenceLead = "";
                for (int[] part : parts(sentence)) {
                    String text = sentence.substring(part[0], part[1]);
                    if (text.isBlank()) {
                        continue;
                    }
                    String before = VietnameseText.fold(sentence.substring(0, part[0]));
                    Clause clause = new Clause(text, VietnameseText.fold(text), line.start() + s[0] + part[0], before,
                            context, first, sentenceLead);
                    if (first) {
                        sentenceLead = clause.folded();
                    }
                    clauses.add(clause);
                    first = false;
                }
                if (!line.bullet()) {
                    lead = VietnameseText.fold(sentence);
                }
            }
        }
        return clauses;
    }

    /** Sentence bounds: a "." followed by a space and a capital letter or "(". */
    static List<int[]> sentences(String text) {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i + 2 < text.length(); i++) {
            if (text.charAt(i) == '.' && text.charAt(i + 1) == ' ') {
                char next = text.charAt(i + 2);
                if (Character.isUpperCase(next) || next == '(') {
                    out.add(new int[] {start, i + 1});
                    start = i + 2;
                }
            }
        }
        out.add(new int[] {start, text.length()});
        return out;
    }

    /** Clause bounds: ";" outside quotes, then each parenthesis inside a piece that holds a digit. */
    static List<int[]> parts(String sentence) {
        List<int[]> out = new ArrayList<>();
        boolean quoted = false;
        int start = 0;
        for (int i = 0; i <= sentence.length(); i++) {
            char c = i < sentence.length() ? sentence.charAt(i) : ';';
            if (c == '“' || c == '”') {
                quoted = c == '“';
            } else if (c == ';' && !quoted) {
                splitParentheses(sentence, start, Math.min(i + 1, sentence.length()), out);
                start = i + 1;
            }
        }
        return out;
    }

    private static void splitParentheses(String sentence, int from, int to, List<int[]> out) {
        int start = from;
        int open = sentence.indexOf('(', from);
        while (open >= 0 && open < to) {
            int close = sentence.indexOf(')', open);
            if (close < 0 || close >= to) {
                break;
            }
            boolean wholePiece = sentence.substring(start, open).isBlank();
            if (!wholePiece && holdsValue(sentence.substring(open, close))) {
                out.add(new int[] {start, open});
                out.add(new int[] {open, close + 1});
                start = close + 1;
            }
            open = sentence.indexOf('(', close);
        }
        if (start < to) {
            out.add(new int[] {start, to});
        }
    }

    private static boolean holdsValue(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
