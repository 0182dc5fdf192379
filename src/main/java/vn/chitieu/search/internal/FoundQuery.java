package vn.chitieu.search.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.chitieu.search.SearchKind;

/**
 * The search's SQL, the same on both databases but for how a row matches and ranks: each kind of
 * thing is matched in its own table, joined to its resolution for the person's scope; at most
 * {@value #CANDIDATES} of each kind are ranked (a query as common as "dân số" matches some 20,000
 * targets in the national data set, and ranking them all took a third of a second), the best
 * {@code limit} are kept, then their texts read (only for those few rows).
 */
final class FoundQuery {
    static final int CANDIDATES = 1_000;

    private FoundQuery() {}

    /**
     * @param match the condition on the searched row (alias {@code x}) for the query's words
     * @param rank the rank of the searched row ({@code 0} when ranked in Java)
     * @param order the order the best are chosen in
     */
    static List<Found> run(JdbcClient jdbc, String with, Function<String, String> match, Function<String, String> rank, String order,
            Scope scope, Map<String, Object> params, int limit) {
        String sql = with + " found AS (SELECT kind, part_id, resolution_id, rank FROM ("
                + part("RESOLUTION", "resolution r", "r", match, rank, scope) + " UNION ALL "
                + part("INDICATOR", "indicator x JOIN resolution r ON r.id = x.resolution_id", "x", match, rank, scope) + " UNION ALL "
                + part("TARGET", "target x JOIN indicator i ON i.id = x.indicator_id AND NOT i.archived JOIN resolution r ON r.id = i.resolution_id",
                        "x", match, rank, scope) + " UNION ALL "
                + part("TASK", "task x JOIN resolution r ON r.id = x.resolution_id", "x", match, rank, scope)
                + ") matches ORDER BY " + order + " LIMIT :limit) "
                + "SELECT f.kind, f.part_id, f.resolution_id, f.rank, r.unit_code, r.number, r.title, "
                + "CASE WHEN f.kind = 'RESOLUTION' THEN r.objectives END AS objectives, "
                + "CASE f.kind WHEN 'INDICATOR' THEN (SELECT name FROM indicator WHERE id = f.part_id) "
                + "WHEN 'TARGET' THEN (SELECT subject FROM target WHERE id = f.part_id) "
                + "WHEN 'TASK' THEN (SELECT title FROM task WHERE id = f.part_id) END AS text "
                + "FROM found f JOIN resolution r ON r.id = f.resolution_id ORDER BY " + order.replace("resolution_id", "f.resolution_id");
        Map<String, Object> all = new HashMap<>(params);
        all.putAll(scope.params());
        all.put("limit", limit);
        all.put("candidates", scope.candidates());
        return jdbc.sql(sql).params(all).query((row, n) -> new Found(SearchKind.valueOf(row.getString("kind")), row.getLong("part_id"),
                row.getLong("resolution_id"), row.getString("unit_code"), row.getString("number"), row.getString("title"),
                row.getString("objectives"), row.getString("text"), row.getDouble("rank"))).list();
    }

    /** The rows of one kind that match, in the person's scope; {@code item} is the alias of the searched table. */
    private static String part(String kind, String from, String item, Function<String, String> match, Function<String, String> rank,
            Scope scope) {
        return "(SELECT '" + kind + "' AS kind, " + item + ".id AS part_id, r.id AS resolution_id, " + rank.apply(item) + " AS rank FROM "
                + from + " WHERE NOT " + item + ".archived AND NOT r.archived AND " + match.apply(item) + " AND " + scope.condition() + " LIMIT :candidates)";
    }
}
