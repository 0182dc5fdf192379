package vn.chitieu.search.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.chitieu.search.SearchText;

/**
 * The embedded database's simpler search: {@code search_text} holds the folded words between
 * spaces, and a row matches when it holds every word ({@code LIKE '% che %'}, the last word as a
 * prefix). No index: every row is read. The rows found (at most a thousand of each kind) are
 * ranked by {@link vn.chitieu.search.Search} in Java.
 */
final class H2Index implements SearchIndex {
    private final JdbcClient jdbc;

    H2Index(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Found> find(List<String> words, Scope scope, int limit) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder likes = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            params.put("w" + i, "% " + words.get(i) + (SearchText.asPrefix(words, i) ? "%" : " %"));
            likes.append(i == 0 ? "" : " AND ").append("{item}.search_text LIKE :w").append(i);
        }
        return FoundQuery.run(jdbc, "WITH", item -> likes.toString().replace("{item}", item), item -> "0",
                "resolution_id DESC, kind, part_id", scope, params, 4 * FoundQuery.CANDIDATES);
    }
}
