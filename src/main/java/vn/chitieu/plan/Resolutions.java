package vn.chitieu.plan;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chitieu.geography.AdministrativeUnit;
import vn.chitieu.geography.AdministrativeUnits;
import vn.chitieu.history.AuditEvent;
import vn.chitieu.history.AuditEvent.Action;
import vn.chitieu.history.AuditTrail;
import vn.chitieu.plan.internal.ContentWriter;
import vn.chitieu.plan.internal.ResolutionRepository;
import vn.chitieu.plan.internal.SourceFileRepository;
import vn.chitieu.security.Actor;

/**
 * The plan's public API: find, list, correct, adopt, publish, archive and restore resolutions,
 * each within what the person may see and do. A resolution someone may not see is "not found".
 */
@Service
public class Resolutions {
    private final ResolutionRepository resolutions;
    private final SourceFileRepository sources;
    private final ContentWriter contentWriter;
    private final AdministrativeUnits units;
    private final AuditTrail audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Resolutions(ResolutionRepository resolutions, SourceFileRepository sources, ContentWriter contentWriter, AdministrativeUnits units,
            AuditTrail audit, Optional<Clock> clock, ApplicationEventPublisher events) {
        this.events = events;
        this.resolutions = resolutions;
        this.sources = sources;
        this.contentWriter = contentWriter;
        this.units = units;
        this.audit = audit;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Transactional(readOnly = true)
    public Resolution get(long id, Optional<Actor> actor) {
        Resolution resolution = resolutions.find(id).orElseThrow(() -> new ResolutionNotFound(id));
        if (!canRead(resolution, actor)) {
            throw new ResolutionNotFound(id);
        }
        return resolution;
    }

    /** The unit's resolutions this person may see (published only, for a visitor); all units for an admin when unitCode is null. */
    @Transactional(readOnly = true)
    public List<ResolutionSummary> list(String unitCode, ResolutionStatus status, boolean archived, Optional<Actor> actor) {
        List<ResolutionSummary> all = resolutions.list(unitCode, status == null ? null : status.name(), archived);
        return all.stream().filter(summary -> canRead(summary.unitCode(), summary.status(), summary.archived(), actor)).toList();
    }

    /** The resolutions of every commune of a province that this person may see. */
    @Transactional(readOnly = true)
    public List<ResolutionSummary> listInProvince(String provinceCode, boolean archived, Optional<Actor> actor) {
        return resolutions.list(null, provinceCode, null, archived).stream()
                .filter(summary -> canRead(summary.unitCode(), summary.status(), summary.archived(), actor)).toList();
    }

    @Transactional
    public Resolution save(long id, int version, ResolutionContent content, Actor actor) {
        Resolution before = editable(id, actor);
        Instant now = clock.instant();
        Resolution after = before.replaceContent(content, actor.username(), now);
        if (!resolutions.update(after, version)) {
            throw new StaleVersion(before.version());
        }
        contentWriter.write(id, before.content(), after.content(), actor.username(), now);
        events.publishEvent(new ResolutionContentChanged(id));
        if (!sameHead(before.content(), after.content())) {
            audit.record("resolution", id, id, Action.UPDATE, actor.username(), now, head(before), head(after));
        }
        return resolutions.find(id).orElseThrow();
    }

    @Transactional
    public Resolution adopt(long id, Actor actor) {
        Resolution before = approvable(id, actor);
        return change(before, before.adopt(actor.username(), clock.instant()), Action.ADOPT, actor);
    }

    @Transactional
    public Resolution publish(long id, Actor actor) {
        Resolution before = approvable(id, actor);
        return change(before, before.publish(actor.username(), clock.instant()), Action.PUBLISH, actor);
    }

    @Transactional
    public Resolution archive(long id, Actor actor) {
        Resolution before = editable(id, actor);
        return change(before, before.archive(actor.username(), clock.instant()), Action.ARCHIVE, actor);
    }

    @Transactional
    public Resolution restore(long id, Actor actor) {
        Resolution before = editable(id, actor);
        return change(before, before.restore(actor.username(), clock.instant()), Action.RESTORE, actor);
    }

    /**
     * Brings back an indicator, target or task that was removed from a draft (removing only archives).
     * A target comes back only while its indicator is there.
     */
    @Transactional
    public Resolution restorePart(long id, String partType, long partId, Actor actor) {
        Resolution before = editable(id, actor);
        if (before.status() != ResolutionStatus.DRAFT) {
            throw new ResolutionRejected(new ResolutionProblem("plan.problem.notDraft", "status", before.status().name()));
        }
        if (!List.of("indicator", "target", "task").contains(partType) || !resolutions.restorePart(id, partType, partId)) {
            throw new ResolutionRejected(new ResolutionProblem("plan.problem.partNotArchived", partType + "/" + partId, partType + "/" + partId));
        }
        Instant now = clock.instant();
        if (!resolutions.touch(id, before.version(), actor.username(), now)) {
            throw new StaleVersion(before.version());
        }
        List<Long> targets = partType.equals("indicator") ? restoreTargetsRemovedWith(id, partId) : List.of();
        Resolution after = resolutions.find(id).orElseThrow();
        audit.record(partType, partId, id, Action.RESTORE, actor.username(), now, null, part(after, partType, partId));
        targets.forEach(target -> audit.record("target", target, id, Action.RESTORE, actor.username(), now, null, part(after, "target", target)));
        return after;
    }

    /** An indicator's targets that were archived by the same save as the indicator come back with it. */
    private List<Long> restoreTargetsRemovedWith(long resolutionId, long indicatorId) {
        List<AuditEvent> events = audit.forResolution(resolutionId);
        Optional<Instant> removedAt = events.stream()
                .filter(e -> e.action() == Action.ARCHIVE && e.entityType().equals("indicator") && e.entityId() == indicatorId)
                .map(AuditEvent::at).reduce((first, last) -> last);
        if (removedAt.isEmpty()) {
            return List.of();
        }
        java.util.Set<Long> ofIndicator = resolutions.archivedTargetsOf(indicatorId);
        return events.stream()
                .filter(e -> e.action() == Action.ARCHIVE && e.entityType().equals("target") && e.at().equals(removedAt.get())
                        && ofIndicator.contains(e.entityId()))
                .map(AuditEvent::entityId).distinct()
                .filter(target -> resolutions.restorePart(resolutionId, "target", target)).toList();
    }

    /** The ids of the draft's parts that were removed and can be restored, as {@code type/id}. */
    @Transactional(readOnly = true)
    public java.util.Set<String> restorableParts(Resolution resolution, Optional<Actor> actor) {
        if (resolution.status() != ResolutionStatus.DRAFT || actor.isEmpty() || !actor.get().canEdit(unit(resolution))) {
            return java.util.Set.of();
        }
        java.util.Set<String> parts = new java.util.HashSet<>();
        for (String type : List.of("indicator", "target", "task")) {
            resolutions.archivedParts(resolution.id(), type).forEach(partId -> parts.add(type + "/" + partId));
        }
        return parts;
    }

    private static Object part(Resolution resolution, String type, long partId) {
        for (Indicator indicator : resolution.content().indicators()) {
            if (type.equals("indicator") && indicator.id() == partId) {
                return indicator.withIdAndTargets(partId, List.of());
            }
            for (Target target : indicator.targets()) {
                if (type.equals("target") && target.id() == partId) {
                    return target;
                }
            }
        }
        return resolution.content().tasks().stream().filter(task -> type.equals("task") && task.id() == partId).findFirst().orElse(null);
    }

    /** The original file's bytes. */
    @Transactional(readOnly = true)
    public byte[] source(long id, Optional<Actor> actor) {
        Resolution resolution = get(id, actor);
        if (resolution.source() == null) {
            throw new ResolutionNotFound(id);
        }
        return sources.content(resolution.source().id()).orElseThrow(() -> new ResolutionNotFound(id));
    }

    /** The text the extractor read, which the spans of indicators and targets point into. */
    @Transactional(readOnly = true)
    public Optional<String> sourceText(long id, Optional<Actor> actor) {
        get(id, actor);
        return resolutions.sourceText(id);
    }

    /** Who changed what: for the people whose scope holds the resolution, not for visitors (it names officials). */
    @Transactional(readOnly = true)
    public List<AuditEvent> history(long id, Optional<Actor> actor) {
        return history(get(id, actor), actor);
    }

    /** The history of a resolution already loaded for this person. */
    public List<AuditEvent> history(Resolution resolution, Optional<Actor> actor) {
        if (!mayReadHistory(resolution, actor)) {
            throw new ResolutionNotFound(resolution.id());
        }
        return audit.forResolution(resolution.id());
    }

    /** The last {@code limit} changes of a resolution already loaded for this person, newest first, imports folded. */
    public AuditTrail.Recent recentHistory(Resolution resolution, Optional<Actor> actor, int limit) {
        if (!mayReadHistory(resolution, actor)) {
            throw new ResolutionNotFound(resolution.id());
        }
        return audit.recentForResolution(resolution.id(), limit);
    }

    public boolean mayReadHistory(Resolution resolution, Optional<Actor> actor) {
        return inScope(resolution, actor);
    }

    /**
     * Is the resolution's unit within the signed-in person's scope (not only published to them)?
     * Those in scope see its history, comments, reporting periods and every value entered.
     */
    public boolean inScope(Resolution resolution, Optional<Actor> actor) {
        return inScope(resolution.unitCode(), actor);
    }

    /** Is the unit within the person's scope (their commune, their province's communes; an admin's everything)? */
    public boolean inScope(String unitCode, Optional<Actor> actor) {
        return actor.isPresent() && units.find(unitCode).map(unit -> actor.get().canRead(unit)).orElse(false);
    }

    /** May this person see the resolution at all? */
    public boolean canRead(Resolution resolution, Optional<Actor> actor) {
        return canRead(resolution.unitCode(), resolution.status(), resolution.archived(), actor);
    }

    private boolean canRead(String unitCode, ResolutionStatus status, boolean archived, Optional<Actor> actor) {
        if (status == ResolutionStatus.PUBLISHED && !archived) {
            return true;
        }
        return actor.isPresent() && units.find(unitCode).map(unit -> actor.get().canRead(unit)).orElse(false);
    }

    private Resolution editable(long id, Actor actor) {
        Resolution resolution = get(id, Optional.of(actor));
        if (!actor.canEdit(unit(resolution))) {
            throw new NotPermitted("edit");
        }
        return resolution;
    }

    private Resolution approvable(long id, Actor actor) {
        Resolution resolution = get(id, Optional.of(actor));
        if (!actor.canApprove(unit(resolution))) {
            throw new NotPermitted("approve");
        }
        return resolution;
    }

    private AdministrativeUnit unit(Resolution resolution) {
        return units.find(resolution.unitCode()).orElseThrow(() -> new ResolutionNotFound(resolution.id()));
    }

    private Resolution change(Resolution before, Resolution after, Action action, Actor actor) {
        if (!resolutions.update(after, before.version())) {
            throw new StaleVersion(before.version());
        }
        audit.record("resolution", before.id(), before.id(), action, actor.username(), after.updatedAt(), head(before), head(after));
        return resolutions.find(before.id()).orElseThrow();
    }

    private static boolean sameHead(ResolutionContent a, ResolutionContent b) {
        return java.util.Objects.equals(a.document(), b.document()) && a.objectives().equals(b.objectives())
                && a.warnings().equals(b.warnings());
    }

    /** The resolution without its parts (those have their own history), as its history records it. */
    public static Head head(Resolution resolution) {
        return new Head(resolution.status(), resolution.archived(), resolution.content().document(), resolution.content().objectives(),
                resolution.content().warnings());
    }

    public record Head(ResolutionStatus status, boolean archived, vn.chitieu.extraction.DocumentInfo document, List<String> objectives,
            List<String> warnings) {}
}
