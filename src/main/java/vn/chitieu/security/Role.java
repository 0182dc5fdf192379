package vn.chitieu.security;

/** What a person may do, and over which unit (see {@link Actor}). */
public enum Role {
    /** Everything, everywhere; creates the other accounts. */
    ADMIN,
    /** Reads every commune of one province. */
    PROVINCE_OFFICER,
    /** Imports, edits and enters data for one commune. */
    COMMUNE_OFFICER,
    /** A commune officer who also approves (adopts, publishes, approves reported values). */
    COMMUNE_LEADER,
    /** Reads and comments on one commune's resolutions. */
    COUNCIL_MEMBER
}
