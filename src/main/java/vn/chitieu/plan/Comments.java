package vn.chitieu.plan;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chitieu.geography.AdministrativeUnits;
import vn.chitieu.history.AuditEvent.Action;
import vn.chitieu.history.AuditTrail;
import vn.chitieu.plan.internal.CommentRepository;
import vn.chitieu.security.Actor;

/**
 * Comments on a resolution: read by everyone who may read its history (they name officials, so
 * not by visitors), written by its commune's council members and officials. A comment is never
 * edited or deleted, and each is in the resolution's history.
 */
@Service
public class Comments {
    /** Characters in one comment, about a page of text. */
    public static final int MAX_LENGTH = 4000;

    private final Resolutions resolutions;
    private final CommentRepository comments;
    private final AdministrativeUnits units;
    private final AuditTrail audit;
    private final Clock clock;

    Comments(Resolutions resolutions, CommentRepository comments, AdministrativeUnits units, AuditTrail audit, Optional<Clock> clock) {
        this.resolutions = resolutions;
        this.comments = comments;
        this.units = units;
        this.audit = audit;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Transactional(readOnly = true)
    public List<Comment> list(long resolutionId, Optional<Actor> actor) {
        return list(resolutions.get(resolutionId, actor), actor);
    }

    /** The comments on a resolution already loaded for this person, oldest first. */
    @Transactional(readOnly = true)
    public List<Comment> list(Resolution resolution, Optional<Actor> actor) {
        if (!resolutions.mayReadHistory(resolution, actor)) {
            throw new ResolutionNotFound(resolution.id());
        }
        return comments.forResolution(resolution.id());
    }

    public boolean mayComment(Resolution resolution, Optional<Actor> actor) {
        return actor.isPresent() && units.find(resolution.unitCode()).map(unit -> actor.get().canComment(unit)).orElse(false);
    }

    /**
     * Adds a comment. Refused with "not found" to someone who may not see the resolution, "not
     * permitted" to someone who may see it but not comment (a province officer), and with a
     * {@link ResolutionRejected} problem when the text is empty or longer than {@link #MAX_LENGTH}.
     */
    @Transactional
    public Comment add(long resolutionId, String body, Actor actor) {
        return add(resolutionId, null, null, body, actor);
    }

    /**
     * Adds a comment about one target, one period of the plan, or both; a target of another
     * resolution (or one removed) is refused as a problem of {@code targetId}.
     *
     * @param period a period of the resolution's plan, already checked by the caller ({@code 2026-H1}), or {@code null}
     */
    @Transactional
    public Comment add(long resolutionId, Long targetId, String period, String body, Actor actor) {
        Resolution resolution = resolutions.get(resolutionId, Optional.of(actor));
        if (targetId != null && resolution.content().indicators().stream().flatMap(i -> i.targets().stream())
                .noneMatch(t -> t.id() != null && t.id().equals(targetId))) {
            throw new ResolutionRejected(List.of(new ResolutionProblem("plan.problem.commentTarget", "targetId", String.valueOf(targetId))));
        }
        if (!mayComment(resolution, Optional.of(actor))) {
            throw new NotPermitted("comment");
        }
        String text = body == null ? "" : body.strip();
        if (text.isEmpty()) {
            throw new ResolutionRejected(List.of(new ResolutionProblem("plan.problem.commentEmpty", "body")));
        }
        if (text.codePointCount(0, text.length()) > MAX_LENGTH) {
            throw new ResolutionRejected(List.of(new ResolutionProblem("plan.problem.commentTooLong", "body", MAX_LENGTH,
                    text.codePointCount(0, text.length()))));
        }
        Instant now = clock.instant();
        long id = comments.insert(resolutionId, targetId, period, actor.username(), text, now);
        Map<String, Object> kept = new java.util.LinkedHashMap<>();
        kept.put("body", text);
        if (targetId != null) {
            kept.put("targetId", targetId);
        }
        if (period != null) {
            kept.put("period", period);
        }
        audit.record("comment", id, resolutionId, Action.CREATE, actor.username(), now, null, kept);
        return new Comment(id, resolutionId, actor.username(), actor.displayName(), text, now, targetId, period);
    }
}
