package org.minutebook.shared.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.Claims;
import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;

/**
 * Refuses a bearer token issued in the future, beyond the clock skew the expiry check allows: SmallRye JWT checks
 * {@code exp} but not {@code iat}, so a token minted with a clock (or by a forger holding a key) set ahead would be
 * valid for longer than its issuer meant. A token without {@code iat} cannot be judged and is refused too. Failing
 * here is an authentication failure: 401 problem+json, like an expired token.
 */
@ApplicationScoped
public class IssuedAtCheck implements SecurityIdentityAugmentor {

    private final Duration skew;
    private final Clock clock;

    @Inject
    public IssuedAtCheck(@ConfigProperty(name = "mp.jwt.verify.clock.skew", defaultValue = "60") long skewSeconds) {
        this(Duration.ofSeconds(skewSeconds), Clock.systemUTC());
    }

    IssuedAtCheck(Duration skew, Clock clock) {
        this.skew = skew;
        this.clock = clock;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            Instant issuedAt = issuedAt(token);
            if (issuedAt == null) {
                return Uni.createFrom().failure(new AuthenticationFailedException("The token has no iat claim"));
            }
            if (issuedAt.isAfter(clock.instant().plus(skew))) {
                return Uni.createFrom().failure(new AuthenticationFailedException("The token is issued in the "
                        + "future: iat " + issuedAt));
            }
        }
        return Uni.createFrom().item(identity);
    }

    private static Instant issuedAt(JsonWebToken token) {
        Object iat = token.getClaim(Claims.iat.name());
        if (iat instanceof JsonNumber number) {
            return Instant.ofEpochSecond(number.longValue());
        }
        return iat instanceof Number number ? Instant.ofEpochSecond(number.longValue()) : null;
    }
}
