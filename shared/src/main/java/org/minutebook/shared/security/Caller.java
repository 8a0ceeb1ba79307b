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
    private final IdentityClaims claims;

    public Caller(SecurityIdentity identity, IdentityClaims claims) {
        this.identity = identity;
        this.claims = claims;
    }

    /** Officers and clerks read restricted (exempt) items; the public reads their number and title only. */
    public boolean seesRestricted() {
        return identity.hasRole(Roles.OFFICER) || identity.hasRole(Roles.CLERK);
    }

    public boolean isClerk() {
        return identity.hasRole(Roles.CLERK);
    }

    /**
     * Who made a change, for the record: the person as the minutes write them, else the account's user name (the
     * principal: {@code upn}, {@code preferred_username} or {@code sub}); empty for the public.
     */
    public Optional<String> name() {
        return identity.isAnonymous()
                ? Optional.empty()
                : person().or(() -> Optional.of(identity.getPrincipal().getName()));
    }

    /**
     * The person as the minutes write them, from the configured claim ({@link IdentityClaims#personClaim()}) only:
     * never a user name or display name, which would bind the account to someone else or no one.
     */
    public Optional<String> person() {
        return claim(claims.personClaim());
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

    /** The organisation the token names ({@link IdentityClaims#organisationClaim()}), if any. */
    public Optional<String> organisation() {
        return claim(claims.organisationClaim());
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

    /** A claim's text; a provider that sends a one-element list (Keycloak's multivalued attributes) gives its item. */
    private Optional<String> claim(String name) {
        if (!(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Optional.empty();
        }
        Object value = token.getClaim(name);
        if (value instanceof jakarta.json.JsonArray array && array.size() == 1) {
            value = array.get(0);
        }
        if (value instanceof jakarta.json.JsonString string) {
            value = string.getString();
        }
        return Optional.ofNullable(value).map(Object::toString).map(String::strip).filter(v -> !v.isEmpty());
    }
}
