package vn.chitieu.extraction;

/** Where something was read: offsets in the text handed to the extractor, end exclusive. */
public record Span(int start, int end) {}
