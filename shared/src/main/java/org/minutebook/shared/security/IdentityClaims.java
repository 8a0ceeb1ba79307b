package org.minutebook.shared.security;

import java.util.List;
import java.util.Set;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How the identity provider's tokens name roles and people. The defaults fit the development and test tokens
 * ({@code groups} holding {@code clerk} or {@code officer}, {@code upn}, {@code organisation}); a council's provider
 * sets its own names, e.g. Keycloak realm roles (claim {@code realm_access/roles} via {@code smallrye.jwt.path.groups})
 * named {@code minutebook-clerk}, or Entra ID app roles (claim {@code roles}).
 */
@ConfigMapping(prefix = "minutebook.security")
public interface IdentityClaims {

    /** Claims a user may edit themselves: never an identity, so refused as {@link #personClaim()}. */
    Set<String> DISPLAY_CLAIMS = Set.of("name", "given_name", "family_name", "nickname", "email");

    /** The provider's roles (in the groups claim) that make a caller a clerk. */
    @WithDefault(Roles.CLERK)
    List<String> clerkRoles();

    /** The provider's roles that make a caller an officer. */
    @WithDefault(Roles.OFFICER)
    List<String> officerRoles();

    /**
     * The claim holding the person as the minutes write them, which an administrator sets (Keycloak: a user attribute
     * users may not edit; Entra ID: a directory extension attribute). Bound once to the account (iss, sub).
     */
    @WithDefault("upn")
    String personClaim();

    /** The claim naming the officer's organisation. */
    @WithDefault(Roles.ORGANISATION_CLAIM)
    String organisationClaim();
}
