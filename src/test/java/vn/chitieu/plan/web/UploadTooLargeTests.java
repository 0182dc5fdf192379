package vn.chitieu.plan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;
import vn.chitieu.extraction.DocumentInfo;
import vn.chitieu.extraction.DocumentInfo.PeriodKind;
import vn.chitieu.extraction.DocumentInfo.PlanPeriod;
import vn.chitieu.geography.AdministrativeUnit;
import vn.chitieu.geography.AdministrativeUnits;
import vn.chitieu.plan.Resolution;
import vn.chitieu.plan.ResolutionContent;
import vn.chitieu.plan.ResolutionStatus;
import vn.chitieu.plan.Resolutions;
import vn.chitieu.security.Actor;
import vn.chitieu.security.ActorPrincipal;
import vn.chitieu.security.Role;

class UploadTooLargeTests {
    private static final AdministrativeUnit COMMUNE = new AdministrativeUnit("01786", "Đông Khê", "xã", AdministrativeUnit.Level.COMMUNE, "04");

    private final AdministrativeUnits units = mock(AdministrativeUnits.class);
    private final Resolutions resolutions = mock(Resolutions.class);
    private final UploadTooLarge resolver = new UploadTooLarge(units, resolutions, TargetWordingTests.messages());

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void bringsTheImportPageBackSayingTheFileIsTooLarge() {
        when(units.find("01786")).thenReturn(Optional.of(COMMUNE));
        signIn(new Actor(11, "can-bo", "Cán bộ", Role.COMMUNE_OFFICER, "01786"));
        MockHttpServletResponse response = new MockHttpServletResponse();

        ModelAndView page = resolver.resolveException(request("/units/01786/import"), response, null,
                new MaxUploadSizeExceededException(21 * 1024 * 1024));

        assertThat(page.getViewName()).isEqualTo("plan/import");
        assertThat(response.getStatus()).isEqualTo(413);
        assertThat((List<?>) page.getModel().get("errors")).singleElement().asString().contains("20 MB");
    }

    @Test
    void bringsTheImportPageOfAPeriodsValuesBackToThoseWhoMayImportThem() {
        when(units.find("01786")).thenReturn(Optional.of(COMMUNE));
        Actor officer = new Actor(11, "can-bo", "Cán bộ", Role.COMMUNE_OFFICER, "01786");
        Resolution adopted = new Resolution(7L, "01786", ResolutionStatus.ADOPTED, false, 1, new ResolutionContent(new DocumentInfo("NGHI_QUYET",
                null, null, null, null, null, null, null, null, null, new PlanPeriod(PeriodKind.ANNUAL, LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31)), null, List.of(), false), List.of(), List.of(), List.of(), List.of()), null, "a", null, "a", null,
                null, null);
        when(resolutions.get(eq(7L), any())).thenReturn(adopted);
        signIn(officer);
        MockHttpServletResponse response = new MockHttpServletResponse();
        MaxUploadSizeExceededException tooLarge = new MaxUploadSizeExceededException(21 * 1024 * 1024);

        ModelAndView page = resolver.resolveException(request("/resolutions/7/periods/2026-H1/entry/import"), response, null, tooLarge);

        assertThat(page.getViewName()).isEqualTo("plan/entry-import");
        assertThat(response.getStatus()).isEqualTo(413);
        assertThat((List<?>) page.getModel().get("errors")).singleElement().asString().contains("giới hạn 20 MB");
        assertThat(resolver.resolveException(request("/resolutions/7/periods/2031/entry/import"), new MockHttpServletResponse(), null,
                tooLarge)).as("not a period of the plan").isNull();
        signIn(new Actor(13, "dai-bieu", "Đại biểu", Role.COUNCIL_MEMBER, "01786"));
        assertThat(resolver.resolveException(request("/resolutions/7/periods/2026-H1/entry/import"), new MockHttpServletResponse(), null,
                tooLarge)).as("a council member may not import").isNull();
    }

    @Test
    void leavesEveryOtherRequestAndErrorToTheUsualHandling() {
        when(units.find("01786")).thenReturn(Optional.of(COMMUNE));
        signIn(new Actor(11, "can-bo", "Cán bộ", Role.COMMUNE_OFFICER, "01786"));
        MaxUploadSizeExceededException tooLarge = new MaxUploadSizeExceededException(1);

        assertThat(resolver.resolveException(request("/api/extract"), new MockHttpServletResponse(), null, tooLarge)).isNull();
        assertThat(resolver.resolveException(request("/units/01786/import"), new MockHttpServletResponse(), null,
                new IllegalStateException())).isNull();
        signIn(new Actor(13, "dai-bieu", "Đại biểu", Role.COUNCIL_MEMBER, "01786"));
        assertThat(resolver.resolveException(request("/units/01786/import"), new MockHttpServletResponse(), null, tooLarge)).isNull();
    }

    private static MockHttpServletRequest request(String path) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
        request.addPreferredLocale(Locale.forLanguageTag("vi"));
        return request;
    }

    private static void signIn(Actor actor) {
        ActorPrincipal principal = () -> actor;
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken(principal, null));
    }
}
