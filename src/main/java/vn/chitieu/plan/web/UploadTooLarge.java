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
import vn.chitieu.assessment.Period;
import vn.chitieu.geography.AdministrativeUnit;
import vn.chitieu.geography.AdministrativeUnits;
import vn.chitieu.monitoring.Actuals;
import vn.chitieu.plan.Resolution;
import vn.chitieu.plan.ResolutionNotFound;
import vn.chitieu.plan.ResolutionRejected;
import vn.chitieu.plan.Resolutions;
import vn.chitieu.security.Actor;
import vn.chitieu.security.CurrentActor;

/**
 * Brings the import page (of a resolution, or of a period's values) back with a plain message when a
 * file is over the upload limit. The limit is hit while the request is read, before any controller is chosen, so a controller's own
 * handler never sees it; every other request and error is left to the usual handling.
 */
@Component
class UploadTooLarge implements HandlerExceptionResolver, Ordered {
    private static final Pattern IMPORT = Pattern.compile("/units/([^/]+)/import/?");
    private static final Pattern ENTRY_IMPORT = Pattern.compile("/resolutions/(\\d{1,18})/periods/([^/]+)/entry/import/?");

    private final AdministrativeUnits units;
    private final Resolutions resolutions;
    private final MessageSource messages;

    UploadTooLarge(AdministrativeUnits units, Resolutions resolutions, MessageSource messages) {
        this.units = units;
        this.resolutions = resolutions;
        this.messages = messages;
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler, Exception error) {
        Optional<Actor> actor = CurrentActor.get();
        if (!(error instanceof MaxUploadSizeExceededException) || actor.isEmpty()) {
            return null;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Locale locale = RequestContextUtils.getLocale(request);
        ExtendedModelMap model = new ExtendedModelMap();
        Matcher unitImport = IMPORT.matcher(path);
        Matcher entryImport = ENTRY_IMPORT.matcher(path);
        String view;
        if (unitImport.matches()) {
            view = resolutionImport(unitImport.group(1), actor.get(), model, locale);
        } else if (entryImport.matches()) {
            view = valuesImport(Long.parseLong(entryImport.group(1)), entryImport.group(2), actor.get(), model, locale);
        } else {
            view = null;
        }
        if (view == null) {
            return null;
        }
        response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        return new ModelAndView(view, model);
    }

    private String resolutionImport(String unitCode, Actor actor, ExtendedModelMap model, Locale locale) {
        Optional<AdministrativeUnit> unit = units.find(unitCode);
        if (unit.isEmpty() || !actor.canEdit(unit.get())) {
            return null;
        }
        model.addAttribute("unit", unit.get());
        return ImportPages.page(model, List.of(messages.getMessage("review.import.tooLarge",
                new Object[] {String.valueOf(ImportPages.MAX_MEGABYTES)}, locale)));
    }

    /** The page to import a period's values, for someone who may import them; none (the usual error) for anyone else. */
    private String valuesImport(long id, String periodCode, Actor actor, ExtendedModelMap model, Locale locale) {
        Resolution resolution;
        Period period;
        try {
            resolution = resolutions.get(id, Optional.of(actor));
            period = Actuals.planPeriod(resolution, periodCode);
        } catch (ResolutionNotFound | ResolutionRejected notThere) {
            return null;
        }
        Optional<AdministrativeUnit> unit = units.find(resolution.unitCode());
        if (unit.isEmpty() || !actor.canEdit(unit.get())) {
            return null;
        }
        return EntryImportPages.page(model, resolution, period, null, List.of(messages.getMessage("monitor.import.tooLarge",
                new Object[] {String.valueOf(ImportPages.MAX_MEGABYTES)}, locale)), new ImportWording(messages, locale));
    }

    /** Before Spring MVC's own resolvers (order 0), after the one that only records the error. */
    @Override
    public int getOrder() {
        return -1;
    }
}
