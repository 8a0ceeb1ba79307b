package org.minutebook.shared.infra;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A real Keycloak for a {@code @QuarkusTest}, and the service configured to accept its realm's tokens instead of the
 * test key pair's: started after {@code JwtTestResource} ({@link #order()}), so that its issuer and keys win. Tests
 * find it at {@link #URL_PROPERTY} and ask it for tokens with {@link KeycloakServer#token(String, String, String)}.
 */
public class KeycloakTestResource implements QuarkusTestResourceLifecycleManager {

    /** How far past {@code exp} a token is still taken; short, so that the expiry test waits seconds, not a minute. */
    public static final int CLOCK_SKEW_SECONDS = 3;
    public static final String URL_PROPERTY = "minutebook.test.keycloak.url";

    private KeycloakServer server;

    @Override
    public Map<String, String> start() {
        server = KeycloakServer.start(FreePorts.next(), "http://localhost", Path.of("target", "keycloak.log"));
        System.out.printf("Keycloak ready in %.1f s%n", server.startup().toMillis() / 1000.0);
        Map<String, String> properties = new HashMap<>(server.serviceProperties());
        properties.put("mp.jwt.verify.clock.skew", Integer.toString(CLOCK_SKEW_SECONDS));
        properties.put(URL_PROPERTY, server.url());
        return properties;
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public void stop() {
        if (server != null) {
            server.close();
            server = null;
        }
    }
}
