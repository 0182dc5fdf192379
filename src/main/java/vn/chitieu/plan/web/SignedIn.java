package vn.chitieu.plan.web;

import org.springframework.http.HttpStatus;
import vn.chitieu.security.Actor;
import vn.chitieu.security.CurrentActor;

/** The person a change is made by: a change needs someone signed in. */
final class SignedIn {
    private SignedIn() {}

    static Actor actor() {
        return CurrentActor.get().orElseThrow(() -> new ApiRefusal(HttpStatus.UNAUTHORIZED, "signInRequired"));
    }
}
