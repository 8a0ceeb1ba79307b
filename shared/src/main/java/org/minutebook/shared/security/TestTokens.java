package org.minutebook.shared.security;

import java.nio.file.Path;
import java.time.Duration;

import org.eclipse.microprofile.config.ConfigProvider;

/** Bearer tokens for tests, signed with the key pair {@link JwtTestResource} gave the service under test. */
public final class TestTokens {

    private TestTokens() {
    }

    public static String clerk() {
        return clerk("Test Clerk");
    }

    public static String clerk(String name) {
        return mint(Roles.CLERK, name, "Democratic Services");
    }

    public static String officer(String name, String organisation) {
        return mint(Roles.OFFICER, name, organisation);
    }

    /** A well-signed token with a role the services do not know. */
    public static String withRole(String role) {
        return mint(role, "Someone Else", null);
    }

    /** The value of an {@code Authorization} header. */
    public static String bearer(String token) {
        return "Bearer " + token;
    }

    private static String mint(String role, String name, String organisation) {
        Path key = Path.of(ConfigProvider.getConfig().getValue(JwtTestResource.PRIVATE_KEY_PROPERTY, String.class));
        return Tokens.mint(key, Tokens.DEV_ISSUER, role, name, organisation, Duration.ofHours(1));
    }
}
