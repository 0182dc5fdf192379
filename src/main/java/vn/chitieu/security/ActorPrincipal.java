package vn.chitieu.security;

/** A principal of any kind of sign-in (form, HTTP Basic, API token) that knows its {@link Actor}. */
public interface ActorPrincipal {
    Actor actor();
}
