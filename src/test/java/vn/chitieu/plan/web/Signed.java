package vn.chitieu.plan.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.chitieu.security.Actor;
import vn.chitieu.security.ActorPrincipal;

/** Signs a MockMvc request in as a person, the way any real sign-in does: a principal that knows its {@link Actor}. */
public final class Signed {
    private Signed() {}

    public static RequestPostProcessor as(Actor actor) {
        return authentication(new TestingAuthenticationToken(new Principal(actor), null, "ROLE_" + actor.role().name()));
    }

    private record Principal(Actor actor) implements ActorPrincipal {
        @Override
        public String toString() {
            return actor.username();
        }
    }
}
