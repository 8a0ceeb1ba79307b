package org.minutebook.shared.security;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;

/** Who is asking, as far as what they may see and do goes: any service's resources ask it. */
@RequestScoped
public class Caller {

    private final SecurityIdentity identity;

    public Caller(SecurityIdentity identity) {
        this.identity = identity;
    }

    /** Officers and clerks read restricted (exempt) items; the public reads their number and title only. */
    public boolean seesRestricted() {
        return identity.hasRole(Roles.OFFICER) || identity.hasRole(Roles.CLERK);
    }

    public boolean isClerk() {
        return identity.hasRole(Roles.CLERK);
    }

    /** The signed-in person's name as the minutes write it (the token's upn); empty for the public. */
    public Optional<String> name() {
        return identity.isAnonymous() ? Optional.empty() : Optional.of(identity.getPrincipal().getName());
    }

    /** An identity provider's account: stable where the name and organisation a token carries may change. */
    public record Account(String issuer, String subject) {
    }

    /** The account behind the token (its {@code iss} and {@code sub}); empty for the public. */
    public Optional<Account> account() {
        if (identity.getPrincipal() instanceof JsonWebToken token && token.getSubject() != null
                && !token.getSubject().isBlank()) {
            return Optional.of(new Account(token.getIssuer(), token.getSubject()));
        }
        return Optional.empty();
    }

    /** The organisation the token names ({@link Roles#ORGANISATION_CLAIM}), if any. */
    public Optional<String> organisation() {
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            return Optional.ofNullable(token.<Object>getClaim(Roles.ORGANISATION_CLAIM)).map(Object::toString)
                    .filter(o -> !o.isBlank());
        }
        return Optional.empty();
    }

    /** For an endpoint open to all that stores only for a clerk (an import that is not a dry run). */
    public void requireClerk() {
        if (identity.isAnonymous()) {
            throw new UnauthorizedException();
        }
        if (!identity.hasRole(Roles.CLERK)) {
            throw new ForbiddenException("Only a clerk may record minutes; a dry run is open to all");
        }
    }
}
