package org.minutebook.shared.security;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

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

    /** An officer whose account (subject) follows from name and organisation: see {@link Tokens.Identity#dev}. */
    public static String officer(String name, String organisation) {
        return mint(Roles.OFFICER, name, organisation);
    }

    /** An officer with an account of its own: two subjects may carry the same name and organisation. */
    public static String officer(String subject, String name, String organisation) {
        return Tokens.mint(privateKey(), Tokens.DEV_ISSUER, Roles.OFFICER,
                new Tokens.Identity(subject, name, organisation), Instant.now(), Duration.ofHours(1));
    }

    /** Well signed and otherwise valid, but issued {@code ahead} from now: a clock (or a forger) in the future. */
    public static String clerkIssuedIn(Duration ahead) {
        return Tokens.mint(privateKey(), Tokens.DEV_ISSUER, Roles.CLERK,
                Tokens.Identity.dev("Test Clerk", "Democratic Services"), Instant.now().plus(ahead),
                Duration.ofHours(1));
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
        return Tokens.mint(privateKey(), Tokens.DEV_ISSUER, role, name, organisation, Duration.ofHours(1));
    }

    private static Path privateKey() {
        return Path.of(ConfigProvider.getConfig().getValue(JwtTestResource.PRIVATE_KEY_PROPERTY, String.class));
    }
}
