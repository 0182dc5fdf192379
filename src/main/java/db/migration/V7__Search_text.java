package db.migration;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import vn.chitieu.search.SearchText;

/**
 * Makes resolutions, indicators, targets and tasks searchable without diacritics, as a column that
 * the database computes from the row itself, so that every writer (the application, the sample-data
 * generator, a script) leaves them searchable. On PostgreSQL a {@code tsvector} of the unaccented
 * words ({@code unaccent} extension, 'simple' configuration: Vietnamese has no stemmer) with a GIN
 * index; on H2, which has neither, the folded words between spaces for {@code LIKE '% word %'}.
 * A Java migration because the two databases need different SQL and Flyway reads one location.
 */
public class V7__Search_text extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        boolean postgres = connection.getMetaData().getDatabaseProductName().equalsIgnoreCase("PostgreSQL");
        try (Statement statement = connection.createStatement()) {
            if (postgres) {
                statement.execute("CREATE EXTENSION IF NOT EXISTS unaccent");
                statement.execute(wordsFunction(schemaOfUnaccent(statement)));
            }
            column(statement, postgres, "resolution", "coalesce(number, '') || ' ' || coalesce(title, '')", "objectives");
            column(statement, postgres, "indicator", "name", null);
            column(statement, postgres, "target", "coalesce(subject, '')", null);
            column(statement, postgres, "task", "title", null);
        }
    }

    private static String schemaOfUnaccent(Statement statement) throws SQLException {
        try (ResultSet schema = statement.executeQuery(
                "SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'unaccent'")) {
            schema.next();
            return schema.getString(1);
        }
    }

    /**
     * The words of a text as search compares them: unaccented, lower case, anything but letters and
     * digits a space (so "05/2025/NQ-HĐND" is the words 05 2025 nq hdnd, as the query is split).
     * Immutable (unaccent is only stable: its dictionary could change) so a generated column may
     * use it; the dictionary is named with its schema so it does not depend on the search path.
     */
    private static String wordsFunction(String schema) {
        String quoted = '"' + schema.replace("\"", "\"\"") + '"';
        return "CREATE OR REPLACE FUNCTION search_words(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$ "
                + "SELECT regexp_replace(lower(" + quoted + ".unaccent('" + quoted + ".unaccent'::regdictionary, $1)), "
                + "'[^[:alnum:]]+', ' ', 'g') $$";
    }

    private static void column(Statement statement, boolean postgres, String table, String main, String more) throws SQLException {
        if (postgres) {
            String vector = "setweight(to_tsvector('simple'::regconfig, search_words(" + main + ")), 'A')";
            if (more != null) {
                vector += " || setweight(to_tsvector('simple'::regconfig, search_words(" + more + ")), 'B')";
            }
            statement.execute("ALTER TABLE " + table + " ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (" + vector + ") STORED");
            statement.execute("CREATE INDEX " + table + "_search ON " + table + " USING GIN (search_vector)");
        } else {
            String text = more == null ? main : main + " || ' ' || " + more;
            statement.execute("ALTER TABLE " + table + " ADD COLUMN search_text CHARACTER VARYING GENERATED ALWAYS AS (' ' || "
                    + h2Words(text) + " || ' ')");
        }
    }

    /** The same folding as {@link SearchText#fold} in H2's SQL: every Latin letter with a diacritic mapped to its base letter. */
    private static String h2Words(String text) {
        StringBuilder from = new StringBuilder();
        StringBuilder to = new StringBuilder();
        for (char c = 0xC0; c < 0x1F00; c++) {
            String folded = SearchText.fold(String.valueOf(c));
            if (Character.isLetter(c) && Character.isLowerCase(c) && folded.length() == 1 && folded.charAt(0) < 0x80 && folded.charAt(0) != c) {
                from.append(c);
                to.append(folded);
            }
        }
        return "TRIM(REGEXP_REPLACE(TRANSLATE(LOWER(" + text + "), '" + from + "', '" + to + "'), '[^\\p{L}\\p{N}]+', ' '))";
    }
}
