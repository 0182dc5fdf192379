package vn.chitieu.plan.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import vn.chitieu.document.DocumentException;
import vn.chitieu.document.Documents;
import vn.chitieu.monitoring.ImportConflict;
import vn.chitieu.monitoring.ImportRefused;
import vn.chitieu.monitoring.TargetNotFound;
import vn.chitieu.monitoring.VersionRequired;
import vn.chitieu.plan.NotPermitted;
import vn.chitieu.plan.ResolutionNotFound;
import vn.chitieu.plan.ResolutionRejected;
import vn.chitieu.plan.StaleVersion;
import vn.chitieu.plan.UnknownUnit;

/**
 * Every refusal of the resolution API as an RFC 9457 problem, its title and detail in the request's
 * language (messages/api, Vietnamese unless Accept-Language asks for English). It answers only for
 * the API's controllers (the pages of this package have {@link PageErrors}, and a visitor refused a
 * page must reach Spring Security to be sent to sign in) and before the application's general
 * handler; no stack trace ever leaves the server.
 */
@RestControllerAdvice(assignableTypes = {ResolutionApi.class, ResolutionFileApi.class, AuditApi.class, ActualsApi.class, ActualsImportApi.class,
    vn.chitieu.reporting.web.ReportApi.class, vn.chitieu.comparison.web.ComparisonApi.class}, basePackages = "vn.chitieu.catalog.api")
@Order(Ordered.HIGHEST_PRECEDENCE)
class ResolutionApiProblems {
    private static final Logger log = LoggerFactory.getLogger(ResolutionApiProblems.class);
    private static final long MB = 1024L * 1024L;
    private final MessageSource messages;

    ResolutionApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> notFound(ResolutionNotFound e, HttpServletRequest request) {
        return answer(problem(HttpStatus.NOT_FOUND, "resolutionNotFound", request));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> targetNotFound(TargetNotFound e, HttpServletRequest request) {
        return answer(problem(HttpStatus.NOT_FOUND, "targetNotFound", request));
    }

    /** A value exists: replacing it needs the version it was read at. */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> versionRequired(VersionRequired e, HttpServletRequest request) {
        ProblemDetail problem = problem(HttpStatus.PRECONDITION_REQUIRED, "preconditionRequired", request);
        problem.setProperty("currentVersion", e.current());
        return ResponseEntity.status(HttpStatus.PRECONDITION_REQUIRED).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .header(HttpHeaders.ETAG, Versions.etag(e.current())).body(problem);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> unknownUnit(UnknownUnit e, HttpServletRequest request) {
        return answer(problem(HttpStatus.NOT_FOUND, "unitNotFound", request, e.code()));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> notPermitted(NotPermitted e, HttpServletRequest request) {
        return answer(problem(HttpStatus.FORBIDDEN, "notPermitted", request));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> stale(StaleVersion e, HttpServletRequest request) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "staleVersion", request, String.valueOf(e.current()));
        problem.setProperty("currentVersion", e.current());
        return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .header(HttpHeaders.ETAG, Versions.etag(e.current())).body(problem);
    }

    /** The rule problems, each with where it is and what to do, in the request's language. */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> rejected(ResolutionRejected e, HttpServletRequest request) {
        Locale locale = RequestLanguage.of(request);
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_ENTITY, "rejected", request, e.problems().size());
        problem.setProperty("problems", e.problems().stream()
                .map(p -> new Problem(p.path(), messages.getMessage(p.messageKey(), p.args().toArray(), p.messageKey(), locale)))
                .toList());
        return answer(problem);
    }

    /** The document readers' own message, already one line for the person who sent the file (Vietnamese). */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> unreadable(DocumentException e, HttpServletRequest request) {
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_ENTITY, "documentUnreadable", request);
        problem.setDetail(e.getMessage() == null ? problem.getDetail() : e.getMessage().replaceAll("\\s*\\R\\s*", " ").strip());
        return answer(problem);
    }

    /** Values from Excel not imported: nothing saved; every reason, each with the sheet's row it is about. */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> importRefused(ImportRefused e, HttpServletRequest request) {
        Locale locale = RequestLanguage.of(request);
        ImportWording wording = new ImportWording(messages, locale);
        boolean tooLarge = e.reasons().stream().anyMatch(r -> r.problem().messageKey().equals("monitor.import.file.TOO_LARGE"));
        ProblemDetail problem = ProblemDetail.forStatus(tooLarge ? HttpStatus.PAYLOAD_TOO_LARGE : HttpStatus.UNPROCESSABLE_ENTITY);
        problem.setTitle(messages.getMessage("monitor.import.api.refused.title", null, locale));
        List<String> lines = wording.reasons(e);
        problem.setDetail(lines.size() == 1 ? lines.get(0) : messages.getMessage("monitor.import.api.refused.detail", new Object[] {lines.size()}, locale));
        problem.setProperty("problems", e.reasons().stream()
                .map(r -> new RowProblem(r.row() == 0 ? null : r.row(), r.problem().path(), wording.reason(r))).toList());
        return answer(problem);
    }

    /** Values changed between an import's dry run and the import itself: nothing saved. */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> importConflict(ImportConflict e, HttpServletRequest request) {
        Locale locale = RequestLanguage.of(request);
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.CONFLICT);
        problem.setTitle(messages.getMessage("monitor.import.api.conflict.title", null, locale));
        problem.setDetail(String.join(" ", new ImportWording(messages, locale).conflict(e)));
        problem.setProperty("rows", e.changed().stream().map(ImportConflict.Changed::row).toList());
        return answer(problem);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> refused(ApiRefusal e, HttpServletRequest request) {
        return answer(problem(e.status(), e.kind(), request, e.args()));
    }

    /** Over the server's own limit; the person is told the readers' limit, the one that matters to them. */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
        return answer(problem(HttpStatus.PAYLOAD_TOO_LARGE, "uploadTooLarge", request, Documents.MAX_BYTES / MB));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> partMissing(MissingServletRequestPartException e, HttpServletRequest request) {
        return answer(problem(HttpStatus.BAD_REQUEST, "partMissing", request, e.getRequestPartName()));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> parameterMissing(MissingServletRequestParameterException e, HttpServletRequest request) {
        return answer(problem(HttpStatus.BAD_REQUEST, "parameterMissing", request, e.getParameterName()));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> valueInvalid(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        return answer(problem(HttpStatus.BAD_REQUEST, "valueInvalid", request, e.getName(), String.valueOf(e.getValue())));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> bodyUnreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        return answer(problem(HttpStatus.BAD_REQUEST, "bodyUnreadable", request));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> notMultipart(MultipartException e, HttpServletRequest request) {
        return answer(problem(HttpStatus.BAD_REQUEST, "notMultipart", request));
    }

    /** A fault of the application itself: logged here with its trace, answered without one. */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> unexpected(RuntimeException e, HttpServletRequest request) {
        log.error("{} {} failed", request.getMethod(), request.getRequestURI(), e);
        return answer(problem(HttpStatus.INTERNAL_SERVER_ERROR, "unexpected", request));
    }

    private ProblemDetail problem(HttpStatus status, String kind, HttpServletRequest request, Object... args) {
        Locale locale = RequestLanguage.of(request);
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setTitle(messages.getMessage("api.problem." + kind + ".title", args, status.getReasonPhrase(), locale));
        problem.setDetail(messages.getMessage("api.problem." + kind + ".detail", args, null, locale));
        return problem;
    }

    private static ResponseEntity<ProblemDetail> answer(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** One reason a resolution was refused: where in the content ({@code indicators[2].targets[0].unit}) and what to do. */
    record Problem(String path, String message) {}

    /** One reason an import was refused: the sheet's row (none for the file or period), where, and what to do. */
    record RowProblem(Integer row, String path, String message) {}
}
