package org.minutebook.shared.security;

/**
 * The roles a bearer token may carry in its {@code groups} claim. Anonymous callers have none and read only published,
 * non-restricted records.
 */
public final class Roles {

    /** Democratic services: record, import, publish, approve, rebuild. */
    public static final String CLERK = "clerk";
    /** Council officers: read everything including restricted items; update the actions that are theirs. */
    public static final String OFFICER = "officer";

    /** The token claim naming the officer's organisation, for "actions of my organisation". */
    public static final String ORGANISATION_CLAIM = "organisation";

    private Roles() {
    }
}
