package vn.chitieu.reporting.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.chitieu.plan.NotPermitted;
import vn.chitieu.plan.ResolutionNotFound;
import vn.chitieu.plan.ResolutionRejected;
import vn.chitieu.plan.UnknownUnit;
import vn.chitieu.reporting.ImplementationReport;
import vn.chitieu.reporting.ReportFiles;
import vn.chitieu.reporting.ReportFontsMissing;
import vn.chitieu.reporting.ReportFormat;
import vn.chitieu.reporting.Reports;
import vn.chitieu.reporting.RollUp;
import vn.chitieu.security.CurrentActor;

/**
 * The reports as the pages' links download them, with the signed-in session (the API's
 * equivalents take a password or a token): errors go to the application's error pages.
 */
@Controller
class ReportPages {
    private static final Logger log = LoggerFactory.getLogger(ReportPages.class);
    private final Reports reports;
    private final ReportFiles files;

    ReportPages(Reports reports, ReportFiles files) {
        this.reports = reports;
        this.files = files;
    }

    @GetMapping("/resolutions/{id}/periods/{period}/report.{format}")
    ResponseEntity<byte[]> commune(@PathVariable long id, @PathVariable String period, @PathVariable String format,
            @RequestParam(defaultValue = "false") boolean draft, Locale locale) {
        ReportFormat f = ReportFormat.of(format, List.of(ReportFormat.values()));
        ImplementationReport report = reports.commune(id, period, draft, CurrentActor.get(), locale);
        return ReportApi.file(files.write(report, f), report.fileName(), f);
    }

    @GetMapping("/units/{code}/report")
    ResponseEntity<byte[]> province(@PathVariable String code, @RequestParam String period,
            @RequestParam(defaultValue = "xlsx") String format, @RequestParam(defaultValue = "false") boolean draft, Locale locale) {
        ReportFormat f = ReportFormat.of(format, List.of(ReportFormat.DOCX, ReportFormat.XLSX));
        RollUp rollUp = reports.province(code, period, draft, CurrentActor.get().orElseThrow(() -> new UnknownUnit(code)), locale);
        return ReportApi.file(files.write(rollUp, f), rollUp.fileName(), f);
    }

    /** Outside the person's scope, or a period or format there is not: a page that does not exist. */
    @ExceptionHandler({ResolutionNotFound.class, UnknownUnit.class, ResolutionRejected.class})
    void notFound(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }

    @ExceptionHandler(NotPermitted.class)
    void forbidden(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_FORBIDDEN);
    }

    @ExceptionHandler(ReportFontsMissing.class)
    void noFont(ReportFontsMissing e, HttpServletResponse response) throws IOException {
        log.error("PDF report refused: {}", e.getMessage());
        response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    }
}
