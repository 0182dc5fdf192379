package vn.chitieu.plan.web;

import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import vn.chitieu.geography.AdministrativeUnit;
import vn.chitieu.geography.AdministrativeUnits;
import vn.chitieu.plan.Resolution;
import vn.chitieu.plan.ResolutionStatus;
import vn.chitieu.security.Actor;
import vn.chitieu.security.CurrentActor;

/** Who is asking, and what the pages may offer them for a unit or a resolution. */
@Component
class Access {
    private final AdministrativeUnits units;

    Access(AdministrativeUnits units) {
        this.units = units;
    }

    /** The signed-in person; someone not signed in is sent to sign in first. */
    static Actor signedIn() {
        return CurrentActor.get().orElseThrow(() -> new AccessDeniedException("sign in first"));
    }

    /** The unit, if it exists; "not found" otherwise. */
    AdministrativeUnit unit(String code) {
        return units.find(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /**
     * The unit a person imports for: "not found" when it is outside what they may see, "forbidden"
     * when they may see it but not change it (a council member).
     */
    AdministrativeUnit editableUnit(String code, Actor actor) {
        AdministrativeUnit unit = unit(code);
        if (!actor.canRead(unit)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        if (!actor.canEdit(unit)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return unit;
    }

    /** What the person may do to the resolution, for the buttons a page shows. */
    Allowed allowed(Resolution resolution, Optional<Actor> actor) {
        Optional<AdministrativeUnit> unit = actor.isEmpty() ? Optional.empty() : units.find(resolution.unitCode());
        boolean edit = unit.isPresent() && actor.get().canEdit(unit.get());
        boolean approve = unit.isPresent() && actor.get().canApprove(unit.get());
        return new Allowed(edit, approve, resolution.status(), resolution.archived());
    }

    /** The actions the pages offer: a draft is reviewed and adopted, an adopted one published; any can be archived. */
    record Allowed(boolean edit, boolean approve, ResolutionStatus status, boolean archived) {
        public boolean review() {
            return edit && status == ResolutionStatus.DRAFT && !archived;
        }

        public boolean adopt() {
            return approve && status == ResolutionStatus.DRAFT && !archived;
        }

        public boolean publish() {
            return approve && status == ResolutionStatus.ADOPTED && !archived;
        }

        public boolean archive() {
            return edit && !archived;
        }

        public boolean restore() {
            return edit && archived;
        }

        public boolean any() {
            return edit || approve;
        }
    }
}
