package vn.chitieu.batch;

/**
 * One document of a batch and how far it has come.
 *
 * @param unitRead the unit as the document names it ("xã Đông Khê, tỉnh Cao Bằng"), or {@code null}
 * @param proposedUnit the province's commune that name was matched to, or {@code null} when none was
 * @param unitCode the commune a person confirmed, for a document queued or imported
 * @param existing the commune already had a resolution from this very file: that one is linked
 * @param reasonKey for a FAILED document, the message (batch bundle) that says why, with {@code reasonDetail} as its argument
 */
public record BatchDocument(long id, int position, String fileName, long sizeBytes, State state, String unitRead,
        String proposedUnit, String unitCode, Long resolutionId, boolean existing, String reasonKey, String reasonDetail) {

    public enum State {
        /** waiting to be read for its commune */
        READING,
        /** read, a commune found: waiting for a person to confirm it */
        PROPOSED,
        /** read, no commune of the province found: a person has to choose one */
        NEEDS_REVIEW,
        /** confirmed, waiting to be imported */
        QUEUED,
        IMPORTED,
        FAILED,
        /** a person chose not to import it */
        SKIPPED;

        /** Work the background jobs still have to do. */
        public boolean pending() {
            return this == READING || this == QUEUED;
        }

        /** Waiting for a person to confirm or choose its commune. */
        public boolean awaitsConfirmation() {
            return this == PROPOSED || this == NEEDS_REVIEW;
        }
    }
}
