package org.minutebook.shared.infra;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A real Keycloak, the distribution Maven unpacks into {@code test-support/target/keycloak} (see test-support's pom), started in
 * development mode with an in-memory database and the project's realm ({@code keycloak/minutebook-realm.json}): every
 * start is a fresh realm, so nothing a run did is there the next time. Keycloak 26 needs Java 21 or later
 * ({@link JavaHomes}).
 */
public final class KeycloakServer implements AutoCloseable {

    public static final String REALM = "minutebook";
    public static final String PAGE_CLIENT = "minutebook-officer-page";
    /** Public client with the password grant, for curl and tests: development only. */
    public static final String CLI_CLIENT = "minutebook-cli";
    /** Like {@link #CLI_CLIENT}, with tokens that expire after two seconds. */
    public static final String BRIEF_CLIENT = "minutebook-brief";
    /** A client whose tokens do not name {@link #AUDIENCE}. */
    public static final String OTHER_CLIENT = "other-council-app";
    /** The audience the services require. */
    public static final String AUDIENCE = "minutebook-api";
    public static final String PASSWORD = "minutebook";

    /** The realm's people: a clerk, two namesake officers of different organisations, one user with no role. */
    public record User(String username, String name, String organisation, String role) {
    }

    public static final List<User> USERS = List.of(
            new User("clerk", "Pat Morgan", "Democratic Services", "clerk"),
            new User("sjohnson.police", "Steve Johnson", "Cleveland Police", "officer"),
            new User("sjohnson.fire", "Steve Johnson", "Cleveland Fire Brigade", "officer"),
            new User("visitor", "Robin Visitor", "Stockton Council", "none"));

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Process process;
    private final int port;
    private Duration startup;

    private KeycloakServer(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /**
     * @param pageOrigin the officer page's origin (e.g. {@code http://localhost:8083}): where the realm lets sign-in
     *        and sign-out return to
     */
    public static KeycloakServer start(int port, String pageOrigin, Path log) {
        Instant begin = Instant.now();
        Path home = home();
        try {
            Path imports = Files.createDirectories(home.resolve("data/import"));
            Files.writeString(imports.resolve(REALM + "-realm.json"), realm());
            Files.createDirectories(log.toAbsolutePath().getParent());
            ProcessBuilder builder = new ProcessBuilder("bash", home.resolve("bin/kc.sh").toString(), "start-dev",
                    "--db=dev-mem", "--http-port=" + port, "--import-realm", "--hostname-strict=false")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            Map<String, String> env = builder.environment();
            env.put("JAVA_HOME", JavaHomes.atLeast(21).toString());
            // Keycloak fills the realm file's ${MINUTEBOOK_PAGE_ORIGIN} from its environment, as in docker-compose.
            env.put("MINUTEBOOK_PAGE_ORIGIN", pageOrigin);
            env.put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx768m");
            // The master realm's administrator, for a developer's look at the console: development only.
            env.put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
            env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
            KeycloakServer server = new KeycloakServer(builder.start(), port);
            // A first start in a fresh distribution builds it for these options first: minutes, and many more on a
            // machine busy with other builds (five minutes was seen to run out there).
            server.awaitReady(Duration.ofMinutes(10), log);
            server.startup = Duration.between(begin, Instant.now());
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The unpacked distribution; {@code MINUTEBOOK_KEYCLOAK_HOME} names another. */
    static Path home() {
        String override = System.getenv("MINUTEBOOK_KEYCLOAK_HOME");
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("test-support/target/keycloak"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("No Keycloak in test-support/target/keycloak: build the project first "
                    + "(./mvnw package -DskipTests unpacks it)");
        }
        try (var dists = Files.list(dir.resolve("test-support/target/keycloak"))) {
            return dists.filter(d -> Files.isRegularFile(d.resolve("bin/kc.sh"))).findFirst()
                    .orElseThrow(() -> new IllegalStateException("No kc.sh under test-support/target/keycloak"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String realm() throws IOException {
        try (InputStream in = KeycloakServer.class.getResourceAsStream("/keycloak/" + REALM + "-realm.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private void awaitReady(Duration patience, Path log) {
        Instant deadline = Instant.now().plus(patience);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited with " + process.exitValue() + "; see " + log);
            }
            try {
                HttpResponse<Void> response = HTTP.send(HttpRequest.newBuilder(URI.create(discovery()))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        close();
        throw new IllegalStateException("Keycloak was not ready within " + patience + "; see " + log);
    }

    public String url() {
        return "http://localhost:" + port;
    }

    public int port() {
        return port;
    }

    /** The issuer of the realm's tokens, as a client that reaches Keycloak on localhost sees it. */
    public String issuer() {
        return url() + "/realms/" + REALM;
    }

    public String jwks() {
        return issuer() + "/protocol/openid-connect/certs";
    }

    private String discovery() {
        return issuer() + "/.well-known/openid-configuration";
    }

    public Duration startup() {
        return startup;
    }

    /**
     * What a service needs to accept this realm's tokens, as configuration properties: issuer, keys, audience, the
     * realm roles as the groups, mapped to Minutebook's, and the people from administrator-set attributes.
     */
    public Map<String, String> serviceProperties() {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("mp.jwt.verify.issuer", issuer());
        properties.put("mp.jwt.verify.publickey.location", jwks());
        properties.put("mp.jwt.verify.audiences", AUDIENCE);
        properties.put("smallrye.jwt.path.groups", "realm_access/roles");
        properties.put("minutebook.security.clerk-roles", "minutebook-clerk");
        properties.put("minutebook.security.officer-roles", "minutebook-officer");
        properties.put("minutebook.security.person-claim", "minutes_name");
        properties.put("minutebook.security.organisation-claim", "organisation");
        properties.put("minutebook.web.oidc.authority", issuer());
        properties.put("minutebook.web.oidc.client-id", PAGE_CLIENT);
        return properties;
    }

    /** The same as environment variables, for the packaged services. */
    public Map<String, String> serviceEnvironment() {
        Map<String, String> env = new LinkedHashMap<>();
        serviceProperties().forEach((name, value) -> env.put(name.toUpperCase(java.util.Locale.ROOT)
                .replaceAll("[^A-Z0-9]", "_"), value));
        return env;
    }

    /** An access token by the password grant: what a test or a developer's curl signs in with. */
    public String token(String client, String username) {
        return token(url(), client, username);
    }

    /**
     * A token from the Keycloak at {@code baseUrl}. In development mode the issuer follows the address asked, so
     * {@code http://127.0.0.1:port} gives a token signed by the same keys whose issuer the services do not know.
     */
    public static String token(String baseUrl, String client, String username) {
        String form = "grant_type=password&scope=openid&client_id=" + encode(client) + "&username="
                + encode(username) + "&password=" + encode(PASSWORD);
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl
                    + "/realms/" + REALM + "/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Keycloak refused " + username + ": " + response.body());
            }
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(response.body()).get("access_token")
                    .asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        // kc.sh runs a build JVM before the server's on a first start: stop whichever is there.
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            process.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }
}
