package vn.chitieu.batch;

import java.time.Instant;

/** A batch in a province's list of batches: who handed it in, when, and its documents counted. */
public record BatchSummary(long id, String createdBy, Instant createdAt, int documents, int imported, int failed, int pending) {}
