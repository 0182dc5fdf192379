package vn.chitieu.batch.web;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import vn.chitieu.batch.Batch;
import vn.chitieu.batch.BatchDocument;
import vn.chitieu.batch.BatchDocument.State;

/**
 * A batch as the API answers it: its progress, its documents counted by state, and each document
 * with the commune read and proposed, the one confirmed, the resolution made, or why it failed.
 *
 * @param percent the share of the background work done, 0 to 100
 * @param working whether a background job still has work in it
 */
record BatchJson(long id, String provinceCode, String createdBy, Instant createdAt, int percent, boolean working,
        Map<State, Long> counts, List<DocumentJson> documents) {

    /** @param reason why it failed, in the reader's language */
    record DocumentJson(long id, String fileName, long sizeBytes, State state, String unitRead, String proposedUnitCode,
            String unitCode, Long resolutionId, Boolean existing, String reason) {}

    static BatchJson of(Batch batch, MessageSource messages, Locale locale) {
        Map<State, Long> counts = new LinkedHashMap<>();
        for (State state : State.values()) {
            counts.put(state, batch.count(state));
        }
        List<DocumentJson> documents = batch.documents().stream().map(document -> new DocumentJson(document.id(), document.fileName(),
                document.sizeBytes(), document.state(), document.unitRead(), document.proposedUnit(), document.unitCode(),
                document.resolutionId(), document.resolutionId() == null ? null : document.existing(), reason(document, messages, locale)))
                .toList();
        return new BatchJson(batch.id(), batch.provinceCode(), batch.createdBy(), batch.createdAt(), batch.percent(), batch.working(),
                counts, documents);
    }

    static String reason(BatchDocument document, MessageSource messages, Locale locale) {
        return document.reasonKey() == null ? null
                : messages.getMessage(document.reasonKey(), new Object[] {document.reasonDetail()}, locale);
    }
}
