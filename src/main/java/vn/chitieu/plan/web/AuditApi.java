package vn.chitieu.plan.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.chitieu.history.AuditEvent;
import vn.chitieu.history.AuditTrail;
import vn.chitieu.plan.ResolutionNotFound;
import vn.chitieu.plan.Resolutions;
import vn.chitieu.security.Actor;
import vn.chitieu.security.CurrentActor;

/**
 * The change history of one resolution, indicator, target or task: shown only to those who may read
 * the resolution it belongs to, and otherwise answered as if there were none.
 */
@RestController
@Tag(name = "History", description = "Who changed what, when, with the thing before and after")
class AuditApi {
    private static final Pattern ENTITY = Pattern.compile("([a-z]+)/(\\d{1,18})");
    /** What has a history of its own within a resolution: its parts, the comments on it, and the values entered. */
    private static final Set<String> PARTS = Set.of("indicator", "target", "task", "comment", "actual");
    private final AuditTrail audit;
    private final Resolutions resolutions;
    private final ObjectMapper json;

    AuditApi(AuditTrail audit, Resolutions resolutions, ObjectMapper json) {
        this.audit = audit;
        this.resolutions = resolutions;
        this.json = json;
    }

    @GetMapping(path = "/api/audit", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The change history of one thing, oldest first",
            description = "`resolution/{id}` is the resolution itself (content head, status, archiving); its parts have their own "
                    + "history: `indicator/{id}`, `target/{id}`, `task/{id}`, and so has each comment (`comment/{id}`) and each value entered (`actual/{id}`). `before` and `after` are JSON objects; a creation "
                    + "has no `before`, an archived part no `after`.")
    List<HistoryEntry> history(@Parameter(description = "type/id, e.g. resolution/12 or target/40") @RequestParam String entity) {
        Matcher m = ENTITY.matcher(entity.strip());
        if (!m.matches() || !(m.group(1).equals("resolution") || PARTS.contains(m.group(1)))) {
            throw new ApiRefusal(HttpStatus.BAD_REQUEST, "entityInvalid", entity);
        }
        String type = m.group(1);
        long id = Long.parseLong(m.group(2));
        Optional<Actor> actor = CurrentActor.get();
        if (type.equals("resolution")) {
            resolutions.history(id, actor);
            return changes(audit.forEntity(type, id));
        }
        List<AuditEvent> events = audit.forEntity(type, id);
        Long resolutionId = events.stream().map(AuditEvent::resolutionId).filter(Objects::nonNull).findFirst()
                .orElseThrow(() -> new ApiRefusal(HttpStatus.NOT_FOUND, "historyNotFound", entity));
        try {
            resolutions.history(resolutionId, actor);
        } catch (ResolutionNotFound hidden) {
            throw new ApiRefusal(HttpStatus.NOT_FOUND, "historyNotFound", entity);
        }
        return changes(events);
    }

    private List<HistoryEntry> changes(List<AuditEvent> events) {
        return events.stream().map(e -> new HistoryEntry(e.id(), e.entityType(), e.entityId(), e.resolutionId(), e.action(), e.actor(),
                e.at(), tree(e.before()), tree(e.after()))).toList();
    }

    private JsonNode tree(String text) {
        if (text == null) {
            return null;
        }
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the audit record is not JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** One recorded change as JSON. */
    @Schema(name = "HistoryEntry")
    record HistoryEntry(long id, String entityType, long entityId, Long resolutionId, AuditEvent.Action action, String actor, Instant at,
            JsonNode before, JsonNode after) {}
}
