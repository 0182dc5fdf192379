package vn.chitieu.geography;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The administrative units in the database. They change only with a migration, so a unit once
 * found is kept in memory: every scope check of every request asks for one.
 */
@Repository
public class AdministrativeUnits {
    private static final String COLUMNS = "SELECT code, name, type, level, province_code FROM admin_unit ";
    private final JdbcClient jdbc;
    private final Map<String, AdministrativeUnit> found = new java.util.concurrent.ConcurrentHashMap<>();

    AdministrativeUnits(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<AdministrativeUnit> find(String code) {
        if (code == null) {
            return Optional.empty();
        }
        AdministrativeUnit known = found.get(code);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<AdministrativeUnit> unit = jdbc.sql(COLUMNS + "WHERE code = ?").param(code).query(AdministrativeUnits::unit).optional();
        unit.ifPresent(u -> found.put(code, u));
        return unit;
    }

    public List<AdministrativeUnit> provinces() {
        return jdbc.sql(COLUMNS + "WHERE level = 'PROVINCE' ORDER BY code").query(AdministrativeUnits::unit).list();
    }

    public List<AdministrativeUnit> communesOf(String provinceCode) {
        return jdbc.sql(COLUMNS + "WHERE province_code = ? ORDER BY code").param(provinceCode).query(AdministrativeUnits::unit).list();
    }

    /**
     * The units whose name or code matches a text typed by a person, at most {@code limit} of them.
     * The name is matched without diacritics or case ("dong khe" finds Đông Khê, "Hoà" and "Hòa" are
     * the same), anywhere in the name; a leading type word narrows the type ("xã Đông Khê",
     * "phuong ba dinh"); digits also match the start of a code. Names that start with the text come
     * first (then, where it opens with a type word, names that start with the rest of it), then names
     * with a word that starts with it, then the rest; each group by name.
     *
     * @param parentCode a province whose communes alone are searched, or {@code null} for all units
     */
    public List<AdministrativeUnit> search(String query, String parentCode, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive: " + limit);
        }
        UnitNames.Query asked = UnitNames.query(query == null ? "" : query);
        if (asked.key().isEmpty()) {
            return List.of();
        }
        // The folded text has only letters, digits and single spaces: nothing in it is a LIKE wildcard.
        Map<String, Object> params = new HashMap<>(Map.of("start", asked.key() + "%", "word", "% " + asked.key() + "%",
                "anywhere", "%" + asked.key() + "%", "limit", limit));
        List<String> starts = new ArrayList<>(List.of("search_name LIKE :start"));
        List<String> typedStarts = new ArrayList<>();
        List<String> wordStarts = new ArrayList<>(List.of("search_name LIKE :word"));
        List<String> matches = new ArrayList<>(List.of("search_name LIKE :anywhere"));
        if (asked.type() != null && !asked.name().isEmpty()) {
            params.putAll(Map.of("type", asked.type(), "typedStart", asked.name() + "%",
                    "typedWord", "% " + asked.name() + "%", "typedAnywhere", "%" + asked.name() + "%"));
            typedStarts.add("type = :type AND search_name LIKE :typedStart");
            wordStarts.add("type = :type AND search_name LIKE :typedWord");
            matches.add("type = :type AND search_name LIKE :typedAnywhere");
        }
        String code = query.trim();
        if (code.chars().allMatch(Character::isDigit)) {
            params.put("code", code + "%");
            starts.add("code LIKE :code");
            matches.add("code LIKE :code");
        }
        String sql = COLUMNS + "WHERE (" + anyOf(matches) + ")";
        if (parentCode != null) {
            params.put("parent", parentCode);
            sql += " AND province_code = :parent";
        }
        // The whole text read as a name outranks it read as a type and a name: "xa dung" is Xa Dung first.
        String typedRank = typedStarts.isEmpty() ? "" : " WHEN " + anyOf(typedStarts) + " THEN 1";
        sql += " ORDER BY CASE WHEN " + anyOf(starts) + " THEN 0" + typedRank + " WHEN " + anyOf(wordStarts) + " THEN 2 ELSE 3 END,"
                + " CASE level WHEN 'PROVINCE' THEN 0 ELSE 1 END, search_name, code LIMIT :limit";
        return jdbc.sql(sql).params(params).query(AdministrativeUnits::unit).list();
    }

    private static String anyOf(List<String> conditions) {
        return conditions.stream().map(condition -> "(" + condition + ")").collect(Collectors.joining(" OR "));
    }

    private static AdministrativeUnit unit(ResultSet row, int rowNumber) throws SQLException {
        return new AdministrativeUnit(row.getString("code"), row.getString("name"), row.getString("type"),
                AdministrativeUnit.Level.valueOf(row.getString("level")), row.getString("province_code"));
    }
}
