package org.minutebook.shared.security;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

/** Mints bearer tokens signed with a key pair's private key: for development and tests, never for production. */
public final class Tokens {

    /** The issuer of development and test tokens; production names its own identity provider. */
    public static final String DEV_ISSUER = "https://minutebook.local/dev";

    private Tokens() {
    }

    /**
     * Who a token speaks for. {@code subject} is the identity provider's stable id of the account; {@code name} (the
     * token's {@code upn}) and {@code organisation} are how the minutes write that person, and may change.
     */
    public record Identity(String subject, String name, String organisation) {

        /**
         * A development identity: the subject follows from the name and organisation, so that a token minted again
         * for the same person is the same account, and a namesake in another organisation is another one.
         */
        public static Identity dev(String name, String organisation) {
            String key = (name + "|" + (organisation == null ? "" : organisation)).trim().toLowerCase(Locale.ROOT);
            return new Identity("dev-" + UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)), name,
                    organisation);
        }
    }

    /**
     * @param name the person's name as the minutes write it (the token's {@code upn})
     * @param organisation their organisation, or null
     */
    public static String mint(Path privateKeyPem, String issuer, String role, String name, String organisation,
            Duration lifetime) {
        return mint(privateKeyPem, issuer, role, Identity.dev(name, organisation), Instant.now(), lifetime);
    }

    public static String mint(Path privateKeyPem, String issuer, String role, Identity who, Instant issuedAt,
            Duration lifetime) {
        JwtClaimsBuilder claims = Jwt.issuer(issuer).subject(who.subject()).upn(who.name()).groups(Set.of(role))
                .issuedAt(issuedAt).expiresAt(issuedAt.plus(lifetime));
        if (who.organisation() != null && !who.organisation().isBlank()) {
            claims.claim(Roles.ORGANISATION_CLAIM, who.organisation());
        }
        return claims.jws().keyId("minutebook-dev").sign(KeyFiles.privateKey(privateKeyPem));
    }
}
