package org.minutebook.shared.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.minutebook.shared.infra.FreePorts;
import org.minutebook.shared.infra.KafkaBroker;
import org.minutebook.shared.infra.KeycloakServer;
import org.minutebook.shared.infra.PostgresServer;
import org.minutebook.shared.security.KeyFiles;
import org.minutebook.shared.security.Tokens;

/**
 * The whole stack on one machine without Docker: a real PostgreSQL (embedded unless {@code MINUTEBOOK_PG_URL} names
 * one), a real KRaft broker (embedded unless {@code KAFKA_BOOTSTRAP_SERVERS} names one), and the three packaged
 * services as child processes, as many of each as its {@link StackConfig.Service#replicas()} says. Closing it stops
 * everything it started.
 */
public final class LocalStack implements AutoCloseable {

    private final PostgresServer postgres;
    private final KafkaBroker kafka;
    private final List<ServiceProcess> services;
    private final Path keysDir;
    private final KeycloakServer keycloak;

    private LocalStack(PostgresServer postgres, KafkaBroker kafka, KeycloakServer keycloak,
            List<ServiceProcess> services, Path keysDir) {
        this.postgres = postgres;
        this.kafka = kafka;
        this.keycloak = keycloak;
        this.services = services;
        this.keysDir = keysDir;
    }

    public static LocalStack start(StackConfig config) {
        PostgresServer postgres = null;
        KafkaBroker kafka = null;
        KeycloakServer keycloak = null;
        List<ServiceProcess> started = new ArrayList<>();
        try {
            Files.createDirectories(config.stateDir().resolve("logs"));
            postgres = PostgresServer.start(config.postgresPort(), config.stateDir().resolve("postgres"));
            kafka = KafkaBroker.start(config.kafkaPort(), config.kafkaClusterId());
            KeyFiles.ensure(config.keysDir());
            // Ports first: the officer page served by search-service is told where the other two APIs are.
            Map<String, List<Integer>> ports = new LinkedHashMap<>();
            for (StackConfig.Service service : config.services()) {
                List<Integer> replicaPorts = new ArrayList<>();
                for (int n = 1; n <= service.replicas(); n++) {
                    replicaPorts.add(service.port(n) == 0 ? FreePorts.next() : service.port(n));
                }
                ports.put(service.name(), replicaPorts);
            }
            String pageOrigin = "http://localhost:" + ports.get("search-service").get(0);
            if (config.identityProvider()) {
                int port = config.identityProviderPort() == 0 ? FreePorts.next() : config.identityProviderPort();
                keycloak = KeycloakServer.start(port, pageOrigin, config.stateDir().resolve("logs/keycloak.log"));
            }
            for (StackConfig.Service service : config.services()) {
                Map<String, String> env = new LinkedHashMap<>();
                env.put("QUARKUS_DATASOURCE_JDBC_URL", postgres.database(service.database()));
                env.put("QUARKUS_DATASOURCE_USERNAME", postgres.user());
                env.put("QUARKUS_DATASOURCE_PASSWORD", postgres.password());
                env.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
                if (keycloak != null) {
                    env.putAll(keycloak.serviceEnvironment());
                } else {
                    // Development tokens, pasted into the page's token field: never in production.
                    env.put("MP_JWT_VERIFY_ISSUER", Tokens.DEV_ISSUER);
                    env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", config.keysDir().resolve(KeyFiles.PUBLIC_KEY)
                            .toUri().toString());
                    env.put("MINUTEBOOK_WEB_TOKEN_FIELD", "true");
                }
                env.put("MINUTEBOOK_WEB_MEETINGS_URL", "http://localhost:" + ports.get("meetings-service").get(0));
                env.put("MINUTEBOOK_WEB_ACTIONS_URL", "http://localhost:" + ports.get("actions-service").get(0));
                // The packaged services run in the prod profile, which takes CORS origins from this list only: every
                // replica of search-service serves the page.
                env.put("MINUTEBOOK_WEB_ORIGINS", ports.get("search-service").stream()
                        .map(page -> "http://localhost:" + page + ",http://127.0.0.1:" + page)
                        .collect(java.util.stream.Collectors.joining(",")));
                for (int n = 1; n <= service.replicas(); n++) {
                    Map<String, String> replica = new LinkedHashMap<>(env);
                    replica.put("MINUTEBOOK_INSTANCE_ID", service.instanceId(n));
                    started.add(ServiceProcess.launch(config.projectDir(), config.stateDir(), service.name(),
                            service.instanceId(n), ports.get(service.name()).get(n - 1), replica));
                }
            }
            // They start side by side and share the cores: the more processes, the longer each takes.
            java.time.Duration ready = java.time.Duration.ofMinutes(started.size() + 1L);
            for (ServiceProcess service : started) {
                service.awaitReady(ready);
            }
            return new LocalStack(postgres, kafka, keycloak, started, config.keysDir());
        } catch (IOException e) {
            stopAll(started, keycloak, kafka, postgres);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            stopAll(started, keycloak, kafka, postgres);
            throw e;
        }
    }

    /** Base URL of a service, e.g. {@code http://localhost:8081}. */
    public String url(String serviceName) {
        return service(serviceName).baseUrl();
    }

    /** A development token for this stack: {@code role} is {@link org.minutebook.shared.security.Roles}'s. */
    public String token(String role, String name, String organisation) {
        return Tokens.mint(keysDir.resolve(KeyFiles.PRIVATE_KEY), Tokens.DEV_ISSUER, role, name, organisation,
                java.time.Duration.ofHours(12));
    }

    public List<ServiceProcess> services() {
        return services;
    }

    /** The service's first replica: the only one unless the stack was configured with more. */
    public ServiceProcess service(String serviceName) {
        return replicas(serviceName).get(0);
    }

    /** Every replica of the service, the first first. */
    public List<ServiceProcess> replicas(String serviceName) {
        List<ServiceProcess> replicas = services.stream().filter(s -> s.name().equals(serviceName)).toList();
        if (replicas.isEmpty()) {
            throw new IllegalArgumentException("No service " + serviceName);
        }
        return replicas;
    }

    /** The stack's PostgreSQL, for fault tests that restart it. */
    public PostgresServer postgres() {
        return postgres;
    }

    /** The stack's broker, for fault tests that restart it. */
    public KafkaBroker kafka() {
        return kafka;
    }

    /** The stack's identity provider, when started with one. */
    public java.util.Optional<KeycloakServer> keycloak() {
        return java.util.Optional.ofNullable(keycloak);
    }

    public String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    @Override
    public void close() {
        stopAll(services, keycloak, kafka, postgres);
    }

    private static void stopAll(List<ServiceProcess> services, KeycloakServer keycloak, KafkaBroker kafka,
            PostgresServer postgres) {
        services.forEach(ServiceProcess::stop);
        if (keycloak != null) {
            keycloak.close();
        }
        if (kafka != null) {
            kafka.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    static Path projectDir(Path start) {
        Path dir = start.toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("meetings-service"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("Run this from the Minutebook project folder");
        }
        return dir;
    }
}
