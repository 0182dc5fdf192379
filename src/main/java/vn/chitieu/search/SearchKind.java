package vn.chitieu.search;

/** What a search result is: a resolution itself (its number, title or objectives), or one of its indicators, targets or tasks. */
public enum SearchKind {
    RESOLUTION,
    INDICATOR,
    TARGET,
    TASK
}
