package vn.chitieu.plan.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;
import vn.chitieu.geography.AdministrativeUnit;
import vn.chitieu.geography.AdministrativeUnits;
import vn.chitieu.security.Actor;
import vn.chitieu.security.CurrentActor;

/**
 * Brings the import page back with a plain message when a file is over the upload limit. The
 * limit is hit while the request is read, before any controller is chosen, so a controller's own
 * handler never sees it; every other request and error is left to the usual handling.
 */
@Component
class UploadTooLarge implements HandlerExceptionResolver, Ordered {
    private static final Pattern IMPORT = Pattern.compile("/units/([^/]+)/import/?");

    private final AdministrativeUnits units;
    private final MessageSource messages;

    UploadTooLarge(AdministrativeUnits units, MessageSource messages) {
        this.units = units;
        this.messages = messages;
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler, Exception error) {
        if (!(error instanceof MaxUploadSizeExceededException)) {
            return null;
        }
        Matcher path = IMPORT.matcher(request.getRequestURI().substring(request.getContextPath().length()));
        Optional<Actor> actor = CurrentActor.get();
        Optional<AdministrativeUnit> unit = path.matches() ? units.find(path.group(1)) : Optional.empty();
        if (unit.isEmpty() || actor.isEmpty() || !actor.get().canEdit(unit.get())) {
            return null;
        }
        Locale locale = RequestContextUtils.getLocale(request);
        ExtendedModelMap model = new ExtendedModelMap();
        model.addAttribute("unit", unit.get());
        String view = ImportPages.page(model, List.of(messages.getMessage("review.import.tooLarge",
                new Object[] {String.valueOf(ImportPages.MAX_MEGABYTES)}, locale)));
        response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        return new ModelAndView(view, model);
    }

    /** Before Spring MVC's own resolvers (order 0), after the one that only records the error. */
    @Override
    public int getOrder() {
        return -1;
    }
}
