package vn.chitieu.search;

import java.util.ArrayList;
import java.util.List;
import org.springframework.web.util.HtmlUtils;

/**
 * The part of a found text that is shown, with the places of the query's words in it: a word of
 * the text is highlighted when, folded, it is one of the query's words, or begins with the last one
 * (the word still being typed). A long text is cut to a window around its first highlight.
 *
 * @param highlights where the words are, as offsets into {@code text}
 */
public record Snippet(String text, List<Highlight> highlights) {
    static final int MAX_LENGTH = 240;
    private static final int BEFORE_FIRST = 60;

    /** A highlighted word: {@code start} inclusive, {@code end} exclusive. */
    public record Highlight(int start, int end) {}

    /** The text as HTML: everything escaped, the highlighted words in {@code <mark>}. */
    public String html() {
        StringBuilder html = new StringBuilder(text.length() + 13 * highlights.size());
        int at = 0;
        for (Highlight highlight : highlights) {
            html.append(escape(text.substring(at, highlight.start())))
                    .append("<mark>").append(escape(text.substring(highlight.start(), highlight.end()))).append("</mark>");
            at = highlight.end();
        }
        return html.append(escape(text.substring(at))).toString();
    }

    /** Only what HTML needs escaped (&lt; &gt; &amp; &quot; &#39;): the page is UTF-8, so "rừng" stays as it is. */
    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }

    /** The text with the query's words highlighted, cut to {@value #MAX_LENGTH} characters around the first one when longer. */
    public static Snippet of(String text, List<String> queryWords) {
        List<Highlight> all = highlights(SearchText.words(text), queryWords);
        if (text.length() <= MAX_LENGTH) {
            return new Snippet(text, all);
        }
        int from = all.isEmpty() ? 0 : Math.max(0, all.get(0).start() - BEFORE_FIRST);
        from = wordStart(text, from);
        int to = Math.min(text.length(), from + MAX_LENGTH);
        to = to == text.length() ? to : wordEnd(text, to);
        String prefix = from > 0 ? "…" : "";
        String cut = prefix + text.substring(from, to).strip() + (to < text.length() ? "…" : "");
        int shift = prefix.length() - from - (text.substring(from, to).length() - text.substring(from, to).stripLeading().length());
        List<Highlight> inside = new ArrayList<>();
        for (Highlight highlight : all) {
            if (highlight.start() >= from && highlight.end() <= to) {
                inside.add(new Highlight(highlight.start() + shift, highlight.end() + shift));
            }
        }
        return new Snippet(cut, inside);
    }

    /** How well the text matches: each query word found counts, more when found early and next to the previous one. */
    static double score(String text, List<String> queryWords) {
        List<SearchText.Word> words = SearchText.words(text);
        double score = 0;
        int previous = -2;
        for (int i = 0; i < words.size(); i++) {
            if (matches(words.get(i).folded(), queryWords)) {
                score += (i == previous + 1 ? 2 : 1) + 1.0 / (1 + i);
                previous = i;
            }
        }
        return score / Math.log(2 + words.size());
    }

    private static List<Highlight> highlights(List<SearchText.Word> words, List<String> queryWords) {
        List<Highlight> highlights = new ArrayList<>();
        for (SearchText.Word word : words) {
            if (matches(word.folded(), queryWords)) {
                highlights.add(new Highlight(word.start(), word.end()));
            }
        }
        return highlights;
    }

    static boolean matches(String folded, List<String> queryWords) {
        if (queryWords.isEmpty()) {
            return false;
        }
        int last = queryWords.size() - 1;
        return queryWords.contains(folded) || SearchText.asPrefix(queryWords, last) && folded.startsWith(queryWords.get(last));
    }

    private static int wordStart(String text, int at) {
        while (at > 0 && Character.isLetterOrDigit(text.charAt(at - 1))) {
            at--;
        }
        return at;
    }

    private static int wordEnd(String text, int at) {
        while (at < text.length() && Character.isLetterOrDigit(text.charAt(at))) {
            at++;
        }
        return at;
    }
}
