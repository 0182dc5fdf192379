package vn.chitieu.publicsite.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import vn.chitieu.plan.ResolutionNotFound;

/** A resolution that is not published answers as one that does not exist: the 404 page (or problem), never more. */
@ControllerAdvice(assignableTypes = {PublicPages.class, OpenDataDownloads.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class PublicErrors {

    @ExceptionHandler(ResolutionNotFound.class)
    void notFound(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
}
