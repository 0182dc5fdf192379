package vn.chitieu.plan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

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
import vn.chitieu.geography.AdministrativeUnit;
import vn.chitieu.geography.AdministrativeUnits;
import vn.chitieu.security.Actor;
import vn.chitieu.security.ActorPrincipal;
import vn.chitieu.security.Role;

class UploadTooLargeTests {
    private static final AdministrativeUnit COMMUNE = new AdministrativeUnit("01786", "Đông Khê", "xã", AdministrativeUnit.Level.COMMUNE, "04");

    private final AdministrativeUnits units = mock(AdministrativeUnits.class);
    private final UploadTooLarge resolver = new UploadTooLarge(units, TargetWordingTests.messages());

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
