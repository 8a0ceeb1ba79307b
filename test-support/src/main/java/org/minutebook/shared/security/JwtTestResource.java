package org.minutebook.shared.security;

import java.nio.file.Path;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A key pair for a {@code @QuarkusTest}: the service verifies tokens with its public key, and {@link TestTokens}
 * mints them with the private one. Kept under the build directory (the test JVM's temporary directory).
 */
public class JwtTestResource implements QuarkusTestResourceLifecycleManager {

    public static final String PRIVATE_KEY_PROPERTY = "minutebook.test.jwt.private-key";

    @Override
    public Map<String, String> start() {
        Path dir = Path.of(System.getProperty("java.io.tmpdir"), "test-jwt");
        KeyFiles.ensure(dir);
        return Map.of(
                "mp.jwt.verify.publickey.location", dir.resolve(KeyFiles.PUBLIC_KEY).toUri().toString(),
                "mp.jwt.verify.issuer", Tokens.DEV_ISSUER,
                PRIVATE_KEY_PROPERTY, dir.resolve(KeyFiles.PRIVATE_KEY).toString());
    }

    @Override
    public void stop() {
    }
}
