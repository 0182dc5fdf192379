package vn.chitieu.search.internal;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.chitieu.search.SearchText;

/**
 * Full-text search in the {@code search_vector} columns (GIN indexes): every word must be there,
 * the last one as a prefix when it is long enough ({@link SearchText#asPrefix}); ranked by {@code ts_rank_cd} (how many
 * and how close together, the resolution's number and title above its objectives), divided by the
 * log of the length so a short subject that is all about the words comes first.
 */
final class PostgresIndex implements SearchIndex {
    private final JdbcClient jdbc;

    PostgresIndex(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Found> find(List<String> words, Scope scope, int limit) {
        return FoundQuery.run(jdbc, "WITH q AS (SELECT CAST(:query AS tsquery) AS query),",
                item -> item + ".search_vector @@ (SELECT query FROM q)",
                item -> "ts_rank_cd(" + item + ".search_vector, (SELECT query FROM q), 1)",
                "rank DESC, resolution_id DESC, kind, part_id", scope, Map.of("query", query(words)), limit);
    }

    /** The words as a {@code tsquery}: {@code 'che' & 'phu' & 'rung':*}. Words are letters and digits only, so quoting is enough. */
    static String query(List<String> words) {
        return java.util.stream.IntStream.range(0, words.size())
                .mapToObj(i -> "'" + words.get(i) + "'" + (SearchText.asPrefix(words, i) ? ":*" : ""))
                .collect(Collectors.joining(" & "));
    }
}
