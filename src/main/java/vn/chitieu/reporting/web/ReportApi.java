package vn.chitieu.reporting.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.chitieu.reporting.ImplementationReport;
import vn.chitieu.reporting.ReportFiles;
import vn.chitieu.reporting.ReportFontsMissing;
import vn.chitieu.reporting.ReportFormat;
import vn.chitieu.reporting.Reports;
import vn.chitieu.reporting.RollUp;
import vn.chitieu.security.CurrentActor;

@RestController
@Tag(name = "Reports", description = "The implementation report of a resolution, and a province's roll-up, as DOCX, XLSX or PDF")
public class ReportApi {
    private static final Logger log = LoggerFactory.getLogger(ReportApi.class);
    private final Reports reports;
    private final ReportFiles files;
    private final MessageSource messages;

    ReportApi(Reports reports, ReportFiles files, MessageSource messages) {
        this.reports = reports;
        this.files = files;
        this.messages = messages;
    }

    @GetMapping("/api/resolutions/{id}/report")
    @Operation(summary = "The report on carrying out a resolution in a period (Nghị định 30/2020/NĐ-CP layout)",
            description = "`format`: docx (editable, with the indicator table as an appendix), xlsx (the indicator table, "
                    + "\"Biểu chỉ tiêu\") or pdf (the same as the DOCX, fonts embedded). From approved values; `draft=true` "
                    + "includes values not yet approved and marks every page \"DỰ THẢO\" (for those who may see them). "
                    + "Vietnamese unless Accept-Language asks for English.")
    ResponseEntity<byte[]> commune(@PathVariable long id, @RequestParam String period, @RequestParam(defaultValue = "docx") String format,
            @RequestParam(defaultValue = "false") boolean draft, Locale locale) {
        ReportFormat f = ReportFormat.of(format, List.of(ReportFormat.values()));
        ImplementationReport report = reports.commune(id, period, draft, CurrentActor.get(), locale);
        return file(files.write(report, f), report.fileName(), f);
    }

    @GetMapping("/api/provinces/{code}/report")
    @Operation(summary = "A province's roll-up for a period: every commune's resolutions counted by status, and the targets most often not met",
            description = "For the province's officers. `format`: docx or xlsx. From approved values; `draft=true` includes values "
                    + "not yet approved and marks every page \"DỰ THẢO\".")
    ResponseEntity<byte[]> province(@PathVariable String code, @RequestParam String period,
            @RequestParam(defaultValue = "xlsx") String format, @RequestParam(defaultValue = "false") boolean draft, Locale locale) {
        ReportFormat f = ReportFormat.of(format, List.of(ReportFormat.DOCX, ReportFormat.XLSX));
        RollUp rollUp = reports.province(code, period, draft, CurrentActor.get().orElseThrow(), locale);
        return file(files.write(rollUp, f), rollUp.fileName(), f);
    }

    /** No font to write a PDF with: the server's set-up, said as such; the DOCX and XLSX still work. */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> noFont(ReportFontsMissing e, Locale locale) {
        log.error("PDF report refused: {}", e.getMessage());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                messages.getMessage("report.problem.fonts.detail", null, locale));
        problem.setTitle(messages.getMessage("report.problem.fonts.title", null, locale));
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    static ResponseEntity<byte[]> file(byte[] bytes, String name, ReportFormat format) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(format.mediaType()))
                .cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(name + "." + format.extension(), StandardCharsets.UTF_8).build().toString())
                .body(bytes);
    }
}
