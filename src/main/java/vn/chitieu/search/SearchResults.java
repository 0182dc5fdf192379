package vn.chitieu.search;

import java.util.List;

/**
 * What a search found, best first.
 *
 * @param words the query's words as they were looked for (folded); empty when the query had no letter or digit
 * @param more whether there are more results than were asked for (there is no count: it would tell what is not shown)
 */
public record SearchResults(List<String> words, List<SearchHit> hits, boolean more) {}
