package vn.chitieu.plan.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.chitieu.monitoring.ActualInput;
import vn.chitieu.monitoring.ActualValue;
import vn.chitieu.monitoring.Actuals;
import vn.chitieu.monitoring.Assessments;
import vn.chitieu.monitoring.Reporting;
import vn.chitieu.security.CurrentActor;

/** The values entered for a target, period by period, and a resolution's assessment for a period (spec/api.md). */
@RestController
@Tag(name = "Actual values", description = "What was achieved, per target and period, by whom and when")
class ActualsApi {
    private final Actuals actuals;
    private final Assessments assessments;
    private final Reporting reporting;

    ActualsApi(Actuals actuals, Assessments assessments, Reporting reporting) {
        this.actuals = actuals;
        this.assessments = assessments;
        this.reporting = reporting;
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
