package vn.chitieu.plan.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.server.ResponseStatusException;
import vn.chitieu.plan.NotPermitted;
import vn.chitieu.plan.ResolutionNotFound;
import vn.chitieu.plan.UnknownUnit;

/**
 * Sends the plan's pages to the application's error pages (HTML, in the reader's language) instead
 * of any JSON problem: "not found" for what does not exist or is outside the person's scope, so
 * nothing leaks, and "forbidden" for what they may see but not do.
 */
@ControllerAdvice(assignableTypes = {ImportPages.class, ReviewPages.class, ResolutionPages.class, PeriodPages.class, EntryPages.class,
    EntryImportPages.class, SourcePages.class,    UnitResolutionPages.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageErrors {

    @ExceptionHandler({ResolutionNotFound.class, UnknownUnit.class, vn.chitieu.monitoring.TargetNotFound.class})
    void notFound(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }

    @ExceptionHandler(NotPermitted.class)
    void forbidden(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_FORBIDDEN);
    }

    @ExceptionHandler(ResponseStatusException.class)
    void status(ResponseStatusException error, HttpServletResponse response) throws IOException {
        response.sendError(error.getStatusCode().value());
    }
}
