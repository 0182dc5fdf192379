package vn.chitieu.plan.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import java.util.List;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.chitieu.security.Actor;
import vn.chitieu.security.ActorPrincipal;

/** A MockMvc request made by a signed-in person: {@code get(…).with(PageVisitor.as(officer))}. */
public final class PageVisitor {
    private PageVisitor() {}

    public static RequestPostProcessor as(Actor actor) {
        TestingAuthenticationToken token = new TestingAuthenticationToken(new Principal(actor), null,
                List.of(new SimpleGrantedAuthority("ROLE_" + actor.role().name())));
        token.setAuthenticated(true);
        return authentication(token);
    }

    private record Principal(Actor actor) implements ActorPrincipal {
        @Override
        public String toString() {
            return actor.username();
        }
    }
}
