package org.minutebook.shared.security;

import java.util.HashSet;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * Turns the provider's roles into Minutebook's two ({@link IdentityClaims#clerkRoles()},
 * {@link IdentityClaims#officerRoles()}) and drops the rest, so that a provider role that happens to be spelt
 * {@code clerk} grants nothing unless configured to.
 */
@ApplicationScoped
public class RoleMapping implements SecurityIdentityAugmentor {

    private final IdentityClaims claims;

    public RoleMapping(IdentityClaims claims) {
        this.claims = claims;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous()) {
            return Uni.createFrom().item(identity);
        }
        Set<String> roles = map(identity.getRoles());
        if (roles.equals(identity.getRoles())) {
            return Uni.createFrom().item(identity);
        }
        // builder(identity) would keep the provider's roles: copy the rest into a fresh one.
        return Uni.createFrom().item(new QuarkusSecurityIdentity.Builder().setPrincipal(identity.getPrincipal())
                .addCredentials(identity.getCredentials()).addAttributes(identity.getAttributes()).addRoles(roles)
                .addPermissionChecker(identity::checkPermission).build());
    }

    Set<String> map(Set<String> providerRoles) {
        Set<String> roles = new HashSet<>();
        if (providerRoles.stream().anyMatch(claims.clerkRoles()::contains)) {
            roles.add(Roles.CLERK);
        }
        if (providerRoles.stream().anyMatch(claims.officerRoles()::contains)) {
            roles.add(Roles.OFFICER);
        }
        return roles;
    }
}
