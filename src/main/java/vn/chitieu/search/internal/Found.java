package vn.chitieu.search.internal;

import vn.chitieu.search.SearchKind;

/**
 * A row the database found: what and where, the resolution's head, and the text that matched.
 *
 * @param objectives the resolution's objectives as stored (a JSON array), for a {@link SearchKind#RESOLUTION}
 * @param text the indicator's name, the target's subject or the task's title; null for a resolution
 * @param rank the database's rank (PostgreSQL), 0 where the ranking is done in Java (H2)
 */
public record Found(SearchKind kind, long partId, long resolutionId, String unitCode, String number, String title, String objectives,
        String text, double rank) {}
