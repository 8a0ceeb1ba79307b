package org.minutebook.shared.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.security.Principal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.SecurityIdentity;

class IssuedAtCheckTest {

    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private final IssuedAtCheck check = new IssuedAtCheck(Duration.ofSeconds(60), Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void shouldAcceptATokenIssuedNowOrWithinTheClockSkew() {
        assertThat(augment(NOW.getEpochSecond())).isNotNull();
        assertThat(augment(NOW.plusSeconds(60).getEpochSecond())).isNotNull();
        assertThat(augment(NOW.minus(Duration.ofHours(5)).getEpochSecond())).isNotNull();
    }

    @Test
    void shouldRefuseATokenIssuedBeyondTheClockSkew() {
        assertThatThrownBy(() -> augment(NOW.plusSeconds(61).getEpochSecond()))
                .isInstanceOf(AuthenticationFailedException.class).hasMessageContaining("future");
        assertThatThrownBy(() -> augment(NOW.plus(Duration.ofDays(365)).getEpochSecond()))
                .isInstanceOf(AuthenticationFailedException.class);
    }

    @Test
    void shouldRefuseATokenWithoutIssuedAt() {
        assertThatThrownBy(() -> augment(null)).isInstanceOf(AuthenticationFailedException.class)
                .hasMessageContaining("iat");
    }

    @Test
    void shouldLeaveAnonymousCallersAlone() {
        SecurityIdentity anonymous = identity(() -> "anonymous");
        assertThat(check.augment(anonymous, null).await().indefinitely()).isSameAs(anonymous);
    }

    private SecurityIdentity augment(Long iat) {
        Map<String, Object> claims = new HashMap<>();
        claims.put("upn", "Claire Sills");
        if (iat != null) {
            claims.put("iat", iat);
        }
        return check.augment(identity(token(claims)), null).await().indefinitely();
    }

    /** Only the principal matters to the check. */
    private static SecurityIdentity identity(Principal principal) {
        return (SecurityIdentity) Proxy.newProxyInstance(SecurityIdentity.class.getClassLoader(),
                new Class<?>[]{SecurityIdentity.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getPrincipal" -> principal;
                    case "isAnonymous" -> !(principal instanceof JsonWebToken);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private static JsonWebToken token(Map<String, Object> claims) {
        return new JsonWebToken() {
            @Override
            public String getName() {
                return (String) claims.get("upn");
            }

            @Override
            public Set<String> getClaimNames() {
                return claims.keySet();
            }

            @Override
            @SuppressWarnings("unchecked")
            public <T> T getClaim(String claimName) {
                return (T) claims.get(claimName);
            }
        };
    }
}
