package vn.chitieu.security;

import vn.chitieu.geography.AdministrativeUnit;

/**
 * The signed-in person as the rest of the system sees them: who, in which role, over which unit.
 * The scope rules of the roles live here so every module asks the same questions.
 *
 * @param unitCode the commune (or, for a province officer, the province) the account is for; {@code null} for an admin
 */
public record Actor(long accountId, String username, String displayName, Role role, String unitCode) {

    /** May this person see the unit's resolutions, drafts included? */
    public boolean canRead(AdministrativeUnit unit) {
        return switch (role) {
            case ADMIN -> true;
            case PROVINCE_OFFICER -> unit.provinceOrSelf().equals(unitCode);
            case COMMUNE_OFFICER, COMMUNE_LEADER, COUNCIL_MEMBER -> unit.code().equals(unitCode);
        };
    }

    /** May this person import and edit the unit's resolutions and enter its values? */
    public boolean canEdit(AdministrativeUnit unit) {
        return switch (role) {
            case ADMIN -> true;
            case COMMUNE_OFFICER, COMMUNE_LEADER -> unit.code().equals(unitCode);
            case PROVINCE_OFFICER, COUNCIL_MEMBER -> false;
        };
    }

    /** May this person adopt, publish and approve for the unit? */
    public boolean canApprove(AdministrativeUnit unit) {
        return switch (role) {
            case ADMIN -> true;
            case COMMUNE_LEADER -> unit.code().equals(unitCode);
            case PROVINCE_OFFICER, COMMUNE_OFFICER, COUNCIL_MEMBER -> false;
        };
    }

    /** May this person comment on the unit's resolutions? */
    public boolean canComment(AdministrativeUnit unit) {
        return canEdit(unit) || role == Role.COUNCIL_MEMBER && unit.code().equals(unitCode);
    }
}
