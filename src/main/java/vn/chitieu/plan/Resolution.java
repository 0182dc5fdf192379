package vn.chitieu.plan;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Instant;
import java.util.List;

/**
 * A resolution of one unit's People's Council as the system keeps it: its reviewed content and
 * where it stands (DRAFT → ADOPTED → PUBLISHED). State changes and their rules live here.
 *
 * @param version increases with every saved change; a save names the version it started from
 * @param archived hidden from lists and pages, never deleted; can be restored
 */
public record Resolution(
        Long id,
        String unitCode,
        ResolutionStatus status,
        boolean archived,
        int version,
        @JsonUnwrapped ResolutionContent content,
        SourceFile source,
        String createdBy,
        Instant createdAt,
        String updatedBy,
        Instant updatedAt,
        Instant adoptedAt,
        Instant publishedAt) {

    /** A new draft from what the extractor read. */
    public static Resolution draft(String unitCode, ResolutionContent content, SourceFile source, String by, Instant at) {
        return new Resolution(null, unitCode, ResolutionStatus.DRAFT, false, 0, content, source, by, at, by, at, null, null);
    }

    /** The draft with corrected content. Only a draft's content can change. */
    public Resolution replaceContent(ResolutionContent newContent, String by, Instant at) {
        requireStatus(ResolutionStatus.DRAFT, "plan.problem.notDraft");
        List<ResolutionProblem> problems = newContent.problems();
        if (!problems.isEmpty()) {
            throw new ResolutionRejected(problems);
        }
        return new Resolution(id, unitCode, status, archived, version, newContent, source, createdBy, createdAt, by, at, adoptedAt, publishedAt);
    }

    /** DRAFT → ADOPTED, refused while an indicator has no target or a number has no unit. */
    public Resolution adopt(String by, Instant at) {
        requireStatus(ResolutionStatus.DRAFT, "plan.problem.notDraft");
        List<ResolutionProblem> problems = content.problemsForAdoption();
        if (!problems.isEmpty()) {
            throw new ResolutionRejected(problems);
        }
        return new Resolution(id, unitCode, ResolutionStatus.ADOPTED, archived, version, content, source, createdBy, createdAt, by, at, at, publishedAt);
    }

    /** ADOPTED → PUBLISHED: citizens can read it and its results. */
    public Resolution publish(String by, Instant at) {
        requireStatus(ResolutionStatus.ADOPTED, "plan.problem.notAdopted");
        return new Resolution(id, unitCode, ResolutionStatus.PUBLISHED, archived, version, content, source, createdBy, createdAt, by, at, adoptedAt, at);
    }

    public Resolution archive(String by, Instant at) {
        return new Resolution(id, unitCode, status, true, version, content, source, createdBy, createdAt, by, at, adoptedAt, publishedAt);
    }

    public Resolution restore(String by, Instant at) {
        return new Resolution(id, unitCode, status, false, version, content, source, createdBy, createdAt, by, at, adoptedAt, publishedAt);
    }

    public boolean isPublic() {
        return status == ResolutionStatus.PUBLISHED && !archived;
    }

    private void requireStatus(ResolutionStatus required, String messageKey) {
        if (status != required) {
            throw new ResolutionRejected(new ResolutionProblem(messageKey, "status", status.name()));
        }
    }

    /** The original file as uploaded: its name, type, size and SHA-256 (the bytes are fetched separately). */
    public record SourceFile(Long id, String fileName, String mediaType, long size, String sha256) {}
}
