package vn.chitieu.search.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The embedded database's simpler search: {@code search_text} holds the folded words between
 * spaces, and a row matches when it holds every word ({@code LIKE '% che %'}, the last word as a
 * prefix). No index: every row is read. At most {@value #CANDIDATES} rows are taken, newest
 * resolutions first, and {@link vn.chitieu.search.Search} ranks them in Java.
 */
final class H2Index implements SearchIndex {
    static final int CANDIDATES = 2_000;
    private final JdbcClient jdbc;

    H2Index(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Found> find(List<String> words, Scope scope, int limit) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder likes = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            boolean last = i == words.size() - 1;
            params.put("w" + i, "% " + words.get(i) + (last ? "%" : " %"));
            likes.append(i == 0 ? "" : " AND ").append("{item}.search_text LIKE :w").append(i);
        }
        return FoundQuery.run(jdbc, "WITH", item -> likes.toString().replace("{item}", item), item -> "0",
                "resolution_id DESC, kind, part_id", scope, params, Math.max(limit, CANDIDATES));
    }
}
