package vn.chitieu.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.chitieu.geography.AdministrativeUnit;
import vn.chitieu.geography.AdministrativeUnits;
import vn.chitieu.search.internal.Found;
import vn.chitieu.search.internal.Scope;
import vn.chitieu.search.internal.SearchIndex;
import vn.chitieu.search.internal.SearchIndexes;
import vn.chitieu.security.Actor;

/**
 * Search over everything a person may see: resolutions (number, title, objectives), their
 * indicators, targets and tasks, typed with or without diacritics, best first, with the words
 * highlighted. Visitors find what is published; a signed-in person also what is in their scope.
 * Archived resolutions and removed parts are not found.
 */
@Service
public class Search {
    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 50;
    public static final int MAX_QUERY_LENGTH = 200;
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};
    private final SearchIndex index;
    private final AdministrativeUnits units;
    private final ObjectMapper json;

    Search(DataSource dataSource, JdbcClient jdbc, AdministrativeUnits units, ObjectMapper json) {
        this.index = SearchIndexes.of(dataSource, jdbc);
        this.units = units;
        this.json = json;
    }

    /**
     * The best {@code limit} things this person may see that hold every word of the query.
     *
     * @throws SearchRefused for a blank or too long query, or a limit outside 1–{@value #MAX_LIMIT}
     */
    public SearchResults find(String query, int limit, Optional<Actor> actor) {
        if (query == null || query.isBlank()) {
            throw new SearchRefused("search.problem.empty");
        }
        if (query.length() > MAX_QUERY_LENGTH) {
            throw new SearchRefused("search.problem.tooLong", query.length(), MAX_QUERY_LENGTH);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new SearchRefused("search.problem.limit", limit, MAX_LIMIT);
        }
        List<String> words = SearchText.queryWords(query);
        if (words.isEmpty()) {
            return new SearchResults(words, List.of(), false);
        }
        // The person's own plans first, then the others' published ones only if there is room left:
        // an official's search rarely needs the whole country's index, which is where the time goes.
        List<Ranked> found = new ArrayList<>();
        Optional<Scope> own = Scope.own(actor);
        if (own.isPresent()) {
            rank(index.find(words, own.get(), limit + 1), words, 1, found);
        }
        Optional<Scope> others = Scope.others(actor);
        if (found.size() <= limit && others.isPresent()) {
            rank(index.find(words, others.get(), limit + 1 - found.size()), words, 0, found);
        }
        // Own plans first; then the database's rank (PostgreSQL), then how the words stand in the text (the only ranking on H2).
        found.sort(Comparator.comparingInt(Ranked::own).thenComparingDouble(Ranked::rank).thenComparingDouble(Ranked::score).reversed());
        return new SearchResults(words, found.stream().limit(limit).map(Ranked::hit).toList(), found.size() > limit);
    }

    private void rank(List<Found> rows, List<String> words, int own, List<Ranked> into) {
        for (Found row : rows) {
            Scored scored = snippet(row, words);
            into.add(new Ranked(new SearchHit(row.kind(), row.resolutionId(), row.partId(), row.unitCode(), unitName(row.unitCode()),
                    row.number(), row.title(), scored.snippet()), own, row.rank(), scored.score()));
        }
    }

    private record Ranked(SearchHit hit, int own, double rank, double score) {}

    private record Scored(Snippet snippet, double score) {}

    /** The text that matched best: a part's own text; for a resolution its number and title, or the objective that matches better. */
    private Scored snippet(Found found, List<String> words) {
        List<String> texts = new ArrayList<>();
        if (found.kind() == SearchKind.RESOLUTION) {
            texts.add(((found.number() == null ? "" : found.number() + " ") + (found.title() == null ? "" : found.title())).strip());
            texts.addAll(objectives(found.objectives()));
        } else {
            texts.add(found.text() == null ? "" : found.text());
        }
        Scored best = null;
        for (String text : texts) {
            double score = Snippet.score(text, words);
            if (best == null || score > best.score()) {
                best = new Scored(Snippet.of(text, words), score);
            }
        }
        return best;
    }

    private List<String> objectives(String stored) {
        if (stored == null || stored.isBlank()) {
            return List.of();
        }
        try {
            return json.readValue(stored, STRINGS);
        } catch (JsonProcessingException e) {
            return List.of(stored);
        }
    }

    private String unitName(String code) {
        return units.find(code).map(AdministrativeUnit::fullName).orElse(code);
    }
}
