package org.minutebook.shared.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.runtime.StartupEvent;

/** A display name is the user's to change: a service configured to take people from one does not start. */
@ApplicationScoped
public class IdentityClaimsCheck {

    void onStart(@Observes StartupEvent event, IdentityClaims claims) {
        if (IdentityClaims.DISPLAY_CLAIMS.contains(claims.personClaim())) {
            throw new IllegalStateException("minutebook.security.person-claim may not be " + claims.personClaim()
                    + ": users edit it. Name a claim an administrator sets (see README, Who may do what)");
        }
    }
}
