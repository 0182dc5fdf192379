package vn.chitieu.search.internal;

import java.util.Map;
import java.util.Optional;
import vn.chitieu.security.Actor;

/**
 * Which resolutions a person's search may find, as a condition on {@code resolution r}: what is
 * published for everyone, and every resolution of the units in their scope (as {@code Actor.canRead}
 * says) for those signed in. Archived resolutions are left out for everyone, as in the lists.
 */
public record Scope(String condition, Map<String, Object> params) {

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
