package vn.chitieu.batch.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import vn.chitieu.batch.BatchRefused;
import vn.chitieu.batch.Batches;
import vn.chitieu.geography.AdministrativeUnit;
import vn.chitieu.security.CurrentActor;

/**
 * Brings the batch page back with a plain message when an upload is over the container's limit,
 * which is hit before any controller is chosen; every other request and error is left alone.
 */
@Component
class BatchUploadTooLarge implements HandlerExceptionResolver, Ordered {
    private static final Pattern BATCH = Pattern.compile("/units/([^/]+)/batch/?");
    private final Batches batches;

    BatchUploadTooLarge(Batches batches) {
        this.batches = batches;
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler, Exception error) {
        Matcher batch = BATCH.matcher(request.getRequestURI().substring(request.getContextPath().length()));
        if (!(error instanceof MaxUploadSizeExceededException) || !batch.matches()) {
            return null;
        }
        Optional<AdministrativeUnit> province = CurrentActor.get().flatMap(actor -> batches.offered(batch.group(1), actor));
        if (province.isEmpty()) {
            return null;
        }
        ExtendedModelMap model = new ExtendedModelMap();
        model.addAttribute("province", province.get());
        model.addAttribute("recent", batches.recent(province.get().code(), CurrentActor.get().orElseThrow()));
        model.addAttribute("error", new BatchRefused("batch.problem.uploadTooLarge"));
        response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        return new ModelAndView("batch/index", model);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
