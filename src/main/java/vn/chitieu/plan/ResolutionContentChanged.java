package vn.chitieu.plan;

/** A resolution's indicators and targets were imported or changed (past tense: after the fact, in the same transaction). */
public record ResolutionContentChanged(long resolutionId) {}
