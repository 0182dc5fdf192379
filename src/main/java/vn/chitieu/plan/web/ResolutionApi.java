package vn.chitieu.plan.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.chitieu.document.DocumentException;
import vn.chitieu.monitoring.Actuals;
import vn.chitieu.plan.Comment;
import vn.chitieu.plan.Comments;
import vn.chitieu.plan.ImportResult;
import vn.chitieu.plan.Resolution;
import vn.chitieu.plan.ResolutionContent;
import vn.chitieu.plan.ResolutionImport;
import vn.chitieu.plan.ResolutionStatus;
import vn.chitieu.plan.ResolutionSummary;
import vn.chitieu.plan.Resolutions;
import vn.chitieu.security.Actor;
import vn.chitieu.security.CurrentActor;

/**
 * Resolutions over HTTP: import a document as a draft, read, correct (with the version it started
 * from), adopt, publish, archive and restore. Each answer with one resolution carries its version
 * as {@code ETag}; what someone may not see answers 404, what they may see but not do 403.
 */
@RestController
@RequestMapping(path = "/api/resolutions", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Resolutions", description = "A commune's socio-economic resolutions: import, review, adopt, publish")
class ResolutionApi {
    private final Resolutions resolutions;
    private final ResolutionImport imports;
    private final Comments comments;

    ResolutionApi(Resolutions resolutions, ResolutionImport imports, Comments comments) {
        this.resolutions = resolutions;
        this.imports = imports;
        this.comments = comments;
    }

    @GetMapping
    @Operation(summary = "List the resolutions the caller may see",
            description = "Newest adoption first. Without `unit`, every unit within the caller's scope; a visitor sees published ones only.")
    List<ResolutionSummary> list(@Parameter(description = "administrative unit code, e.g. 01786") @RequestParam(required = false) String unit,
            @RequestParam(required = false) ResolutionStatus status, @RequestParam(defaultValue = "false") boolean archived) {
        return resolutions.list(unit, status, archived, CurrentActor.get());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One resolution with its indicators, targets, tasks and warnings",
            description = "The `ETag` header is the version a `PUT` must name in `If-Match`.")
    ResponseEntity<ResolutionJson> get(@PathVariable long id) {
        return answer(resolutions.get(id, CurrentActor.get()));
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import a document as a DRAFT resolution of a unit",
            description = "Reads the file (TXT, DOCX, DOC, PDF, scans, XLSX; at most 20 MB) and keeps it byte for byte. "
                    + "`201 Created` with `Location` and `\"existing\": false` for a new draft. When the unit already has a "
                    + "resolution from the very same file (same SHA-256), nothing is imported: `200 OK` with that resolution, "
                    + "its `Location` and `\"existing\": true`. A file that cannot be read answers 422 and stores nothing.")
    @ApiResponse(responseCode = "201", description = "imported as a new draft")
    @ApiResponse(responseCode = "200", description = "the same file was imported before: that resolution, with \"existing\": true")
    ResponseEntity<ResolutionJson> importDocument(@RequestPart("file") MultipartFile file, @RequestParam String unitCode)
            throws DocumentException {
        var actor = SignedIn.actor();
        Upload upload = Upload.of(file);
        ImportResult result = imports.importDocument(unitCode, upload.fileName(), upload.bytes(), actor);
        Resolution resolution = result.resolution();
        URI location = URI.create("/api/resolutions/" + resolution.id());
        ResponseEntity.BodyBuilder answer = result.existing() ? ResponseEntity.ok().location(location) : ResponseEntity.created(location);
        return answer.eTag(Versions.etag(resolution.version())).body(ResolutionJson.of(resolution, result.existing()));
    }

    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Replace a DRAFT's content",
            description = "The body is the content part of the resolution JSON (document, objectives, indicators with their ids, "
                    + "tasks, warnings); parts without an id are added, parts left out are archived. `If-Match` names the version "
                    + "the change starts from (`\"3\"`, `3` or `W/\"3\"`): without it 428, when someone saved since 409 with "
                    + "`currentVersion`, and content that breaks a rule 422 with `problems`.")
    ResponseEntity<ResolutionJson> save(@PathVariable long id,
            @Parameter(description = "the version from the ETag") @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody ResolutionContent content) {
        int version = Versions.fromIfMatch(ifMatch);
        return answer(resolutions.save(id, version, content, SignedIn.actor()));
    }

    @PostMapping("/{id}/adopt")
    @Operation(summary = "Adopt a DRAFT: its targets can now be monitored",
            description = "Refused with 422 and `problems` while an indicator has no target or a number has no unit.")
    ResponseEntity<ResolutionJson> adopt(@PathVariable long id) {
        return answer(resolutions.adopt(id, SignedIn.actor()));
    }

    @PostMapping("/{id}/publish")
    @Operation(summary = "Publish an ADOPTED resolution: anyone may read it and its results")
    ResponseEntity<ResolutionJson> publish(@PathVariable long id) {
        return answer(resolutions.publish(id, SignedIn.actor()));
    }

    @PostMapping("/{id}/archive")
    @Operation(summary = "Archive a resolution: hidden from lists, never deleted")
    ResponseEntity<ResolutionJson> archive(@PathVariable long id) {
        return answer(resolutions.archive(id, SignedIn.actor()));
    }

    @PostMapping("/{id}/restore")
    @Operation(summary = "Restore an archived resolution")
    ResponseEntity<ResolutionJson> restore(@PathVariable long id) {
        return answer(resolutions.restore(id, SignedIn.actor()));
    }

    @PostMapping("/{id}/parts/{type:indicator|target|task}/{partId}/restore")
    @Operation(summary = "Bring back an indicator, target or task removed from a draft (removing only archives it)")
    ResponseEntity<ResolutionJson> restorePart(@PathVariable("id") long id, @PathVariable("type") String type,
            @PathVariable("partId") long partId) {
        return answer(resolutions.restorePart(id, type, partId, SignedIn.actor()));
    }

    @GetMapping("/{id}/comments")
    @Operation(summary = "The comments on a resolution, oldest first",
            description = "For those who may read its history (signed in, the resolution within their scope). `period` and "
                    + "`targetId` keep only the comments about that period or target.")
    List<Comment> comments(@PathVariable long id, @RequestParam(required = false) String period,
            @RequestParam(required = false) Long targetId) {
        return comments.list(id, Optional.of(SignedIn.actor())).stream()
                .filter(c -> period == null || period.equals(c.period()))
                .filter(c -> targetId == null || targetId.equals(c.targetId()))
                .toList();
    }

    /** A new comment, about the whole resolution or one target and/or period of its plan. */
    record NewComment(String body, Long targetId, String period) {}

    @PostMapping(path = "/{id}/comments", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Comment on a resolution, or on one of its targets in a period",
            description = "For the commune's council members and officials. `{\"body\": \"…\", \"targetId\": 12, \"period\": \"2026-H1\"}` "
                    + "(target and period optional), at most 4,000 characters; an empty or longer text, a target of another "
                    + "resolution or a period outside the plan answers 422 with `problems`. Comments are never edited or deleted.")
    @ApiResponse(responseCode = "201", description = "the comment as kept")
    ResponseEntity<Comment> comment(@PathVariable long id, @RequestBody NewComment comment) {
        Actor actor = SignedIn.actor();
        String period = comment.period() == null || comment.period().isBlank() ? null
                : Actuals.planPeriod(resolutions.get(id, Optional.of(actor)), comment.period().strip()).code();
        Comment added = comments.add(id, comment.targetId(), period, comment.body(), actor);
        return ResponseEntity.created(URI.create("/api/resolutions/" + id + "/comments")).body(added);
    }

    private static ResponseEntity<ResolutionJson> answer(Resolution resolution) {
        return ResponseEntity.ok().eTag(Versions.etag(resolution.version())).body(ResolutionJson.of(resolution, null));
    }
}
