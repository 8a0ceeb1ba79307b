package org.minutebook.shared.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

import io.smallrye.reactive.messaging.kafka.companion.test.EmbeddedKafkaBroker;

/**
 * A real Apache Kafka broker in KRaft mode, in this JVM: the same broker for tests (a free port) and for the local
 * stack (a fixed port and cluster id). {@code KAFKA_BOOTSTRAP_SERVERS} in the environment names an external broker
 * instead.
 */
public final class KafkaBroker implements AutoCloseable {

    public static final String BOOTSTRAP_ENV = "KAFKA_BOOTSTRAP_SERVERS";
    /** Fixed so that the local stack's broker is recognisably the same cluster from run to run. */
    public static final String LOCAL_CLUSTER_ID = "bWludXRlYm9vay1sb2NhbA";

    private final EmbeddedKafkaBroker broker;
    private final String bootstrapServers;
    private final Path logDir;
    private final Map<String, Object> adminClient;

    private KafkaBroker(EmbeddedKafkaBroker broker, String bootstrapServers, Path logDir,
            Map<String, Object> adminClient) {
        this.broker = broker;
        this.bootstrapServers = bootstrapServers;
        this.logDir = logDir;
        this.adminClient = Map.copyOf(adminClient);
    }

    // Held so the levels stick: the broker logs every step at INFO before the application configures logging.
    private static final java.util.List<java.util.logging.Logger> QUIET = java.util.List.of(
            java.util.logging.Logger.getLogger("kafka"), java.util.logging.Logger.getLogger("org.apache.kafka"),
            java.util.logging.Logger.getLogger("state.change.logger"));

    /** @param port 0 picks a free port. */
    public static KafkaBroker start(int port, String clusterId) {
        QUIET.forEach(logger -> logger.setLevel(java.util.logging.Level.WARNING));
        String external = System.getenv(BOOTSTRAP_ENV);
        if (external != null && !external.isBlank()) {
            Topics.ensure(external);
            return new KafkaBroker(null, external, null, Map.of());
        }
        try {
            EmbeddedKafkaBroker broker = embedded(port > 0 ? FreePorts.reserve(port) : FreePorts.next(),
                    FreePorts.next(), Map.of());
            if (clusterId != null) {
                broker.withClusterId(clusterId);
            }
            return started(broker, broker::getAdvertisedListeners, Map.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A broker on a free port with SASL and ACLs on ({@link SaslSettings}): only {@code admin} may do anything until
     * it creates users and grants them {@link KafkaAcls}; {@link #adminClient()} signs in as that admin.
     */
    public static KafkaBroker startSecured(String adminPassword) {
        QUIET.forEach(logger -> logger.setLevel(java.util.logging.Level.WARNING));
        try {
            int port = FreePorts.next();
            int controllerPort = FreePorts.next();
            Path secret = Files.createTempFile("kafka-admin", ".properties");
            secret.toFile().deleteOnExit();
            Files.writeString(secret, "password=" + adminPassword + "\n");
            EmbeddedKafkaBroker broker = embedded(port, controllerPort,
                    SaslSettings.broker("localhost", port, controllerPort, secret));
            return started(broker, () -> "localhost:" + port, SaslSettings.adminClient(adminPassword));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static EmbeddedKafkaBroker embedded(int port, int controllerPort, Map<String, String> overrides)
            throws IOException {
        // Fixed ports and a log directory of its own, so that a stopped broker comes back as the same broker with
        // its data: what the fault tests need.
        Path logDir = Files.createTempDirectory("kafka-log");
        return new EmbeddedKafkaBroker()
                .withNodeId(1)
                .withKafkaPort(port)
                .withControllerPort(controllerPort)
                .withDeleteLogDirsOnClose(false)
                .withAdditionalProperties(p -> {
                    p.putAll(Map.of(
                            "log.dir", logDir.toString(),
                            "num.partitions", "3",
                            "auto.create.topics.enable", "true",
                            "offsets.topic.replication.factor", "1",
                            "transaction.state.log.replication.factor", "1",
                            "transaction.state.log.min.isr", "1",
                            "group.initial.rebalance.delay.ms", "0"));
                    p.putAll(overrides);
                });
    }

    private static KafkaBroker started(EmbeddedKafkaBroker broker, Supplier<String> bootstrap,
            Map<String, Object> adminClient) {
        broker.start();
        Map<String, Object> admin = new HashMap<>(adminClient);
        admin.put("bootstrap.servers", bootstrap.get());
        Topics.ensure(admin);
        return new KafkaBroker(broker, bootstrap.get(), Path.of(broker.getLogDirs().get(0)), admin);
    }

    /** Stops the broker as a crash would, keeping its data; {@link #restart()} brings it back on the same port. */
    public void stop() {
        requireEmbedded().close();
    }

    public void restart() {
        requireEmbedded().start();
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    /** An admin client's configuration for this broker, bootstrap servers included (credentials when secured). */
    public Map<String, Object> adminClient() {
        return adminClient;
    }

    public boolean isEmbedded() {
        return broker != null;
    }

    @Override
    public void close() {
        if (broker != null) {
            broker.close();
            try (Stream<Path> files = Files.walk(logDir)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            } catch (IOException e) {
                // a temporary directory left behind
            }
        }
    }

    private EmbeddedKafkaBroker requireEmbedded() {
        if (broker == null) {
            throw new IllegalStateException("Not an embedded broker: " + bootstrapServers);
        }
        return broker;
    }

}
