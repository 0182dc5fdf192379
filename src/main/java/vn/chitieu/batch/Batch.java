package vn.chitieu.batch;

import java.time.Instant;
import java.util.List;
import vn.chitieu.batch.BatchDocument.State;

/** A batch of a province's resolutions handed in together, with each document's state. */
public record Batch(long id, String provinceCode, String createdBy, Instant createdAt, List<BatchDocument> documents) {

    public Batch {
        documents = List.copyOf(documents);
    }

    /** How much of the work the background jobs have before them is done, 0 to 100 (100 for an empty batch). */
    public int percent() {
        if (documents.isEmpty()) {
            return 100;
        }
        long pending = documents.stream().filter(document -> document.state().pending()).count();
        return (int) ((documents.size() - pending) * 100 / documents.size());
    }

    /** Whether a background job still has something of this batch to do. */
    public boolean working() {
        return documents.stream().anyMatch(document -> document.state().pending());
    }

    /** Whether some document is still being read for its commune. */
    public boolean reading() {
        return count(State.READING) > 0;
    }

    public long count(State state) {
        return documents.stream().filter(document -> document.state() == state).count();
    }

    /** The documents waiting for a person to confirm or choose their commune, in the batch's order. */
    public List<BatchDocument> awaitingConfirmation() {
        return documents.stream().filter(document -> document.state().awaitsConfirmation()).toList();
    }

    /** The documents the jobs are done with (imported, failed, skipped), in the batch's order. */
    public List<BatchDocument> results() {
        return documents.stream().filter(document -> document.state() == State.IMPORTED || document.state() == State.FAILED
                || document.state() == State.SKIPPED).toList();
    }
}
