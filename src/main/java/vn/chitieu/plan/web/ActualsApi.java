package vn.chitieu.plan.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.chitieu.assessment.ChangeMode;
import vn.chitieu.assessment.Nature;
import vn.chitieu.monitoring.ActualInput;
import vn.chitieu.monitoring.ActualValue;
import vn.chitieu.monitoring.Actuals;
import vn.chitieu.monitoring.Assessments;
import vn.chitieu.monitoring.Evidence;
import vn.chitieu.monitoring.Judgement;
import vn.chitieu.monitoring.Reporting;
import vn.chitieu.plan.ResolutionProblem;
import vn.chitieu.plan.ResolutionRejected;
import vn.chitieu.security.CurrentActor;

/** The values entered for a target, period by period, and a resolution's assessment for a period (spec/api.md). */
@RestController
@Tag(name = "Actual values", description = "What was achieved, per target and period, by whom and when")
class ActualsApi {
    private final Actuals actuals;
    private final Assessments assessments;
    private final Reporting reporting;
    private final Judgement judgement;
    private final Evidence evidence;

    ActualsApi(Actuals actuals, Assessments assessments, Reporting reporting, Judgement judgement, Evidence evidence) {
        this.evidence = evidence;
        this.actuals = actuals;
        this.assessments = assessments;
        this.reporting = reporting;
        this.judgement = judgement;
    }

    @PutMapping(path = "/api/targets/{id}/actuals/{period}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Attach the evidence of a value (a PDF, a JPEG/PNG picture, a Word/Excel/OpenDocument file, at most 10 MB)",
            description = "Multipart field `file`. The value must exist and its period be open; another file replaces the evidence "
                    + "(every file is kept, each attachment is in the value's history). A file of another kind, empty or too large "
                    + "answers 422 with `problems`.")
    Evidence.File attachEvidence(@PathVariable long id, @PathVariable String period, @RequestPart("file") MultipartFile file) {
        Upload upload = Upload.of(file);
        return evidence.attach(id, period, upload.fileName(), upload.bytes(), SignedIn.actor());
    }

    @GetMapping(path = "/api/targets/{id}/actuals/{period}/evidence")
    @Operation(summary = "The evidence of a value, as a download (for those in the resolution's scope)")
    ResponseEntity<byte[]> evidence(@PathVariable long id, @PathVariable String period) {
        return evidence.download(id, period, SignedIn.actor()).map(EntryPages::download)
                .orElseThrow(() -> new ApiRefusal(HttpStatus.NOT_FOUND, "noEvidence", period));
    }

    @GetMapping(path = "/api/targets/{id}/judgement", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "How a target is judged: FLOW or STOCK, and how a change in % applies (spec/assessment.md)",
            description = "`nature` and `changeMode` as an official set them (null: the assessment's guess), and `usedNature`, "
                    + "`usedChangeMode`: what the assessment uses.")
    Judgement.TargetJudgement judgement(@PathVariable long id) {
        return judgement.of(id, Optional.of(SignedIn.actor()));
    }

    /** How a target is to be judged; a null or empty field returns to the guess. */
    record JudgementInput(String nature, String changeMode) {}

    @PutMapping(path = "/api/targets/{id}/judgement", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Set how a target is judged (an official of its commune)",
            description = "`{\"nature\": \"FLOW\"|\"STOCK\"|null, \"changeMode\": \"ABSOLUTE\"|\"POINTS\"|\"RELATIVE\"|null}`; "
                    + "another word answers 422 with `problems`. The change is in the target's history.")
    Judgement.TargetJudgement setJudgement(@PathVariable long id, @RequestBody JudgementInput input) {
        return judgement.set(id, choice(Nature.class, "nature", input.nature()), choice(ChangeMode.class, "changeMode", input.changeMode()),
                SignedIn.actor());
    }

    /** One of the words an enum allows, or {@code null} for none; another word is a problem of the field. */
    static <E extends Enum<E>> E choice(Class<E> type, String field, String word) {
        if (word == null || word.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, word.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
            throw new ResolutionRejected(List.of(new ResolutionProblem("plan.problem.choice", field, word, allowed)));
        }
    }

    @GetMapping(path = "/api/resolutions/{id}/periods", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The periods the adopted plan opens, where each report stands, and the targets still without a value")
    List<Reporting.PeriodReport> periods(@PathVariable long id) {
        return reporting.periods(id, CurrentActor.get());
    }

    /** Why a period is sent back. */
    record Because(String reason) {}

    @PostMapping(path = "/api/resolutions/{id}/periods/{period}/{step:submit|approve}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Submit a period's report (an officer) or approve it (a leader)",
            description = "Submitting is refused (422, `problems`) while a value is implausible without a note: a percentage above 100 "
                    + "or below 0, a negative count, a change of more than half from the previous period. An approved period is locked.")
    Reporting.PeriodReport step(@PathVariable long id, @PathVariable String period, @PathVariable String step) {
        return step.equals("submit") ? reporting.submit(id, period, SignedIn.actor()) : reporting.approve(id, period, SignedIn.actor());
    }

    @PostMapping(path = "/api/resolutions/{id}/periods/{period}/{step:return|reopen}", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Return a submitted period to the officer, or reopen an approved one (a leader, with a reason)",
            description = "`{\"reason\": \"…\"}`; the period is then RETURNED and its values can be changed again.")
    Reporting.PeriodReport giveBack(@PathVariable long id, @PathVariable String period, @PathVariable String step,
            @RequestBody Because because) {
        return reporting.giveBack(id, period, because.reason(), step.equals("reopen"), SignedIn.actor());
    }

    @GetMapping(path = "/api/resolutions/{id}/assessment", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Every target of a resolution judged for a period, and the indicators counted by status",
            description = "Per target: attainment (status, the value judged, the required level, percent of plan, pace for a FLOW "
                    + "within its year) and, while its year lies ahead, the trajectory; each with its reason in the language of "
                    + "Accept-Language. Visitors are judged on approved values only. See spec/assessment.md.")
    Assessments.Result assessment(@PathVariable long id, @RequestParam String period, Locale locale) {
        return assessments.assess(id, period, CurrentActor.get(), locale);
    }

    @PutMapping(path = "/api/targets/{id}/actuals/{period}", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Enter or replace the value of a target for a period",
            description = "`{\"value\": 41.2, \"estimate\": true, \"note\": \"…\"}`; for a MILESTONE `{\"achieved\": true, "
                    + "\"on\": \"2026-06-30\"}`. Periods: `2026`, `2026-H1`, `2026-Q3`, `2026-9M`, `2026-03`, those the adopted plan "
                    + "opens (and its baseline year). Replacing a value needs `If-Match` with its version (the `ETag`): without it 428, "
                    + "when someone changed it since 409 with `currentVersion`. A submitted or approved period is locked (422).")
    @ApiResponse(responseCode = "201", description = "the first value for this target and period")
    @ApiResponse(responseCode = "200", description = "the value replaced")
    ResponseEntity<ActualValue> enter(@PathVariable long id, @PathVariable String period,
            @Parameter(description = "the version from the ETag, to replace a value") @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
            String ifMatch, @RequestBody ActualInput input) {
        Integer version = ifMatch == null || ifMatch.isBlank() ? null : Versions.fromIfMatch(ifMatch);
        Actuals.Entered entered = actuals.enter(id, period, input, version, SignedIn.actor());
        ResponseEntity.BodyBuilder answer = entered.created()
                ? ResponseEntity.created(URI.create("/api/targets/" + id + "/actuals/" + entered.value().period())) : ResponseEntity.ok();
        return answer.eTag(Versions.etag(entered.value().version())).body(entered.value());
    }

    @GetMapping(path = "/api/targets/{id}/actuals", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Every value entered for a target, with who and when",
            description = "Oldest period first. Visitors see published resolutions' values of approved periods only.")
    List<ActualValue> list(@PathVariable long id) {
        return actuals.forTarget(id, CurrentActor.get());
    }
}
