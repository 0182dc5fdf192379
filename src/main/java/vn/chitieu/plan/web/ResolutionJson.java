package vn.chitieu.plan.web;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import vn.chitieu.plan.Resolution;
import vn.chitieu.plan.ResolutionContent;
import vn.chitieu.plan.ResolutionStatus;

/**
 * A resolution as the API shows it: where it stands, its content in the fields of
 * spec/extraction.md (with ids, spans and rule names), its original file and who changed it when.
 * What a {@code PUT} sends back is the content part of this, so a client can edit what it got.
 *
 * @param existing {@code true} only in the answer to an import of a file the unit already has
 */
@Schema(name = "Resolution")
record ResolutionJson(
        long id,
        String unitCode,
        ResolutionStatus status,
        int version,
        boolean archived,
        @JsonUnwrapped ResolutionContent content,
        SourceJson source,
        String createdBy,
        Instant createdAt,
        String updatedBy,
        Instant updatedAt,
        Instant adoptedAt,
        Instant publishedAt,
        Boolean existing) {

    static ResolutionJson of(Resolution r, Boolean existing) {
        Resolution.SourceFile s = r.source();
        return new ResolutionJson(r.id(), r.unitCode(), r.status(), r.version(), r.archived(), r.content(),
                s == null ? null : new SourceJson(s.fileName(), s.mediaType(), s.size(), s.sha256()), r.createdBy(), r.createdAt(),
                r.updatedBy(), r.updatedAt(), r.adoptedAt(), r.publishedAt(), existing);
    }

    /** The original file as uploaded; its bytes are at {@code /api/resolutions/{id}/source}. */
    @Schema(name = "SourceFile")
    record SourceJson(String fileName, String mediaType, long size, String sha256) {}
}
