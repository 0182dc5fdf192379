package vn.chitieu.search.internal;

import java.util.Map;
import java.util.Optional;
import vn.chitieu.security.Actor;

/**
 * Which resolutions a person's search may find, as a condition on {@code resolution r}: what is
 * published for everyone, and every resolution of the units in their scope (as {@code Actor.canRead}
 * says) for those signed in. Archived resolutions are left out for everyone, as in the lists.
 */
public record Scope(String condition, Map<String, Object> params, int candidates) {

    /** Candidates ranked per kind in one's own units: all of a province's matches, for most words. */
    static final int OWN = 1_000;
    /**
     * Candidates ranked per kind among other units' published plans: they only fill what is left of
     * the page, and for a common word they are the same subject in a thousand communes.
     */
    static final int OTHERS = 100;

    public Scope(String condition, Map<String, Object> params) {
        this(condition, params, OWN);
    }

    /**
     * The resolutions of the person's own units (their commune, their province; everything for an
     * administrator), searched first: what an official looks for is mostly in their own plans, and
     * these are few enough to read through their resolutions rather than the whole country's index.
     * None for a visitor.
     */
    public static Optional<Scope> own(Optional<Actor> actor) {
        if (actor.isEmpty()) {
            return Optional.empty();
        }
        Actor person = actor.get();
        return Optional.of(switch (person.role()) {
            case ADMIN -> new Scope("TRUE", Map.of());
            case PROVINCE_OFFICER -> new Scope("r.unit_code IN (SELECT code FROM admin_unit WHERE code = :scope OR province_code = :scope)",
                    Map.of("scope", person.unitCode()));
            case COMMUNE_OFFICER, COMMUNE_LEADER, COUNCIL_MEMBER -> new Scope("r.unit_code = :scope", Map.of("scope", person.unitCode()));
        });
    }

    /** What else the person may find: the published resolutions of other units (nothing more for an administrator). */
    public static Optional<Scope> others(Optional<Actor> actor) {
        if (actor.isEmpty()) {
            return Optional.of(new Scope("r.status = 'PUBLISHED'", Map.of(), OTHERS));
        }
        return own(actor).filter(own -> !own.condition().equals("TRUE"))
                .map(own -> new Scope("r.status = 'PUBLISHED' AND NOT (" + own.condition() + ")", own.params(), OTHERS));
    }

    public static Scope of(Optional<Actor> actor) {
        if (actor.isEmpty()) {
            return new Scope("r.status = 'PUBLISHED'", Map.of());
        }
        Actor person = actor.get();
        return switch (person.role()) {
            case ADMIN -> new Scope("TRUE", Map.of());
            case PROVINCE_OFFICER -> new Scope("(r.status = 'PUBLISHED' OR r.unit_code IN "
                    + "(SELECT code FROM admin_unit WHERE code = :scope OR province_code = :scope))", Map.of("scope", person.unitCode()));
            case COMMUNE_OFFICER, COMMUNE_LEADER, COUNCIL_MEMBER ->
                new Scope("(r.status = 'PUBLISHED' OR r.unit_code = :scope)", Map.of("scope", person.unitCode()));
        };
    }
}
