package vn.chitieu.search.internal;

import java.util.List;

/** Finds the rows that hold every word of a query, best first: full-text search on PostgreSQL, word matching on H2. */
public interface SearchIndex {

    /**
     * @param words the query's folded words, at least one
     * @param limit how many to answer at most
     */
    List<Found> find(List<String> words, Scope scope, int limit);
}
