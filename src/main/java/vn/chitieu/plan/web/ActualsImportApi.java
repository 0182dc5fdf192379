package vn.chitieu.plan.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.chitieu.document.DocumentSource;
import vn.chitieu.monitoring.ActualInput;
import vn.chitieu.monitoring.ActualValue;
import vn.chitieu.monitoring.ActualsImport;
import vn.chitieu.monitoring.ImportPreview;
import vn.chitieu.security.Actor;

/** A period's values imported from an Excel table laid out like the report's (spec/api.md). */
@RestController
@Tag(name = "Actual values")
class ActualsImportApi {
    private final ActualsImport imports;
    private final MessageSource messages;

    ActualsImportApi(ActualsImport imports, MessageSource messages) {
        this.imports = imports;
        this.messages = messages;
    }

    /**
     * What the import did, or would do with {@code dryRun}.
     *
     * @param written how many values were written (0 in a dry run)
     * @param ready whether confirming would write something and no row stands in the way
     */
    record Answer(boolean dryRun, String period, String file, String sheet, int headingRow, String valueColumn, boolean estimates, boolean ready,
            int written, List<RowAnswer> rows) {}

    /**
     * A row of the sheet: what was read and what becomes of it.
     *
     * @param outcome NEW, REPLACE, UNCHANGED, EMPTY (no value), UNMATCHED (no target found: left out) or REFUSED (to correct)
     * @param value what is kept for the target; {@code current} what is kept now
     * @param message the outcome in words, with the problem of an UNMATCHED or REFUSED row
     */
    record RowAnswer(int row, String number, String text, String written, String outcome, Long targetId, Integer indicatorNo, String subject,
            ActualInput value, ActualValue current, String message) {}

    @PostMapping(path = "/api/resolutions/{id}/periods/{period}/actuals.xlsx", consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Import a period's values from an Excel table laid out like the report's indicator table (Biểu chỉ tiêu)",
            description = "Multipart `file` (.xlsx): a sheet whose heading row, within its first 15 rows (two rows under merged cells "
                    + "are read too), names the columns STT, Chỉ tiêu, Đơn vị tính, Kế hoạch, Thực hiện (or Thực hiện kỳ này, Ước thực "
                    + "hiện) and Ghi chú. Each row goes to a target by its STT (the indicator's number, `3.2` for its second target) and, "
                    + "where an indicator has several targets, by the one its subject, unit and plan match clearly best; numbers are read "
                    + "the Vietnamese way (`1.306,5`, `42%`), \"ước\" marks an estimate, a MILESTONE takes `đạt`/`x`/`có`/`hoàn thành` "
                    + "or `chưa`/`không đạt`. With `dryRun=true` nothing is written: the answer lists every row (`outcome`, `message`) "
                    + "and its `ETag` names the values it would replace as they stand. Without it the values are written, all or none, "
                    + "each with its version and history; rows no target was found for are left out and listed. A row that cannot be "
                    + "kept (a number that cannot be read, two values for a target) refuses the whole import (422, `problems` with each "
                    + "row); so do a submitted or approved period and a file that is not a readable XLSX table. Sending the dry run's "
                    + "`ETag` as `If-Match` makes the import fail with 409 if any of those values changed since.")
    @ApiResponse(responseCode = "200", description = "the rows, and how many values were written")
    @ApiResponse(responseCode = "409", description = "values changed since the dry run named by If-Match; nothing written")
    @ApiResponse(responseCode = "413", description = "the file is over 20 MB")
    @ApiResponse(responseCode = "422", description = "the file, the period or a row refuses the import; nothing written")
    ResponseEntity<Answer> importValues(@PathVariable long id, @PathVariable String period, @RequestPart("file") MultipartFile file,
            @Parameter(description = "only show what the import would do") @RequestParam(defaultValue = "false") boolean dryRun,
            @Parameter(description = "the ETag of the dry run: fail if the values it would replace changed since")
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, HttpServletRequest request) {
        Actor actor = SignedIn.actor();
        Upload upload = Upload.of(file);
        DocumentSource source = new DocumentSource(upload.fileName(), upload.bytes());
        ImportPreview preview = dryRun ? imports.preview(id, period, source, actor)
                : imports.importNow(id, period, source, ifMatch == null || ifMatch.isBlank() ? null : Versions.bare(ifMatch), actor);
        ImportWording wording = new ImportWording(messages, RequestLanguage.of(request));
        List<RowAnswer> rows = preview.rows().stream().map(r -> new RowAnswer(r.row(), r.number(), r.text(), r.written(), r.outcome().name(),
                r.targetId(), r.indicatorNo(), r.subject(), r.input(), r.current(), wording.outcome(r))).toList();
        Answer answer = new Answer(dryRun, preview.period(), preview.fileName(), preview.sheet(), preview.headingRow(), preview.valueHeading(),
                preview.estimates(), preview.ready(), dryRun ? 0 : preview.toWrite().size(), rows);
        ResponseEntity.BodyBuilder ok = ResponseEntity.ok();
        return (dryRun ? ok.eTag("\"" + preview.fingerprint() + "\"") : ok).body(answer);
    }
}
