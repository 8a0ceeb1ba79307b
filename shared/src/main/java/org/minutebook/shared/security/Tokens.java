package org.minutebook.shared.security;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

/** Mints bearer tokens signed with a key pair's private key: for development and tests, never for production. */
public final class Tokens {

    /** The issuer of development and test tokens; production names its own identity provider. */
    public static final String DEV_ISSUER = "https://minutebook.local/dev";

    private Tokens() {
    }

    /**
     * @param name the person's name as the minutes write it (the token's {@code upn})
     * @param organisation their organisation, or null
     */
    public static String mint(Path privateKeyPem, String issuer, String role, String name, String organisation,
            Duration lifetime) {
        JwtClaimsBuilder claims = Jwt.issuer(issuer).upn(name).subject(name).groups(Set.of(role))
                .expiresIn(lifetime);
        if (organisation != null && !organisation.isBlank()) {
            claims.claim(Roles.ORGANISATION_CLAIM, organisation);
        }
        return claims.jws().keyId("minutebook-dev").sign(KeyFiles.privateKey(privateKeyPem));
    }
}
