package org.minutebook.shared.stack;

import java.nio.file.Path;
import java.util.List;

/**
 * Where the local stack finds the project and on which ports it runs things. Port 0 picks a free port, which is
 * what the end-to-end test does; the run command uses the documented fixed ports.
 */
public record StackConfig(Path projectDir, Path stateDir, int postgresPort, int kafkaPort, String kafkaClusterId,
        List<Service> services, boolean loadSamples, int identityProviderPort) {

    /** No identity provider: the services take the development tokens, and the page offers the token field. */
    public static final int NO_IDENTITY_PROVIDER = -1;

    /** Fixed ports of further replicas: the first one's plus this for each, 8082, 8092, 8102… */
    static final int REPLICA_PORT_STEP = 10;

    /**
     * A service and how many processes of it run: replicas share its database and its consumer groups, each on a
     * port and with an instance id of its own.
     */
    public record Service(String name, String database, int port, int replicas) {

        public Service {
            if (replicas < 1) {
                throw new IllegalArgumentException(name + ": at least one replica");
            }
        }

        public Service(String name, String database, int port) {
            this(name, database, port, 1);
        }

        /** The port of replica {@code n} (from 1); 0 stays 0, any free port. */
        public int port(int n) {
            return port == 0 ? 0 : port + (n - 1) * REPLICA_PORT_STEP;
        }

        /** The first replica is the service's name, as with one replica (its log, its database sessions). */
        public String instanceId(int n) {
            return n == 1 ? name : name + "-" + n;
        }
    }

    /** The development key pair the services verify tokens with and the token command signs them with. */
    public Path keysDir() {
        return stateDir.resolve("keys");
    }

    public boolean identityProvider() {
        return identityProviderPort != NO_IDENTITY_PROVIDER;
    }

    /** The same stack with a Keycloak of its own (port 0: any free one) that the services and the page sign in with. */
    public StackConfig withIdentityProvider(int port) {
        return new StackConfig(projectDir, stateDir, postgresPort, kafkaPort, kafkaClusterId, services, loadSamples,
                port);
    }

    /** The same stack with {@code replicas} processes of the service named. */
    public StackConfig withReplicas(String serviceName, int replicas) {
        if (services.stream().noneMatch(s -> s.name().equals(serviceName))) {
            throw new IllegalArgumentException("No service " + serviceName);
        }
        List<Service> changed = services.stream()
                .map(s -> s.name().equals(serviceName) ? new Service(s.name(), s.database(), s.port(), replicas) : s)
                .toList();
        return new StackConfig(projectDir, stateDir, postgresPort, kafkaPort, kafkaClusterId, changed, loadSamples,
                identityProviderPort);
    }

    /** The consumers, the services that can run as several replicas: actions-service and search-service. */
    public StackConfig withConsumerReplicas(int replicas) {
        return withReplicas("actions-service", replicas).withReplicas("search-service", replicas);
    }

    public static StackConfig local(Path projectDir) {
        return new StackConfig(projectDir, projectDir.resolve(".stack"), 55432, 9092,
                org.minutebook.shared.infra.KafkaBroker.LOCAL_CLUSTER_ID,
                List.of(new Service("meetings-service", "meetings", 8081),
                        new Service("actions-service", "actions", 8082),
                        new Service("search-service", "search", 8083)),
                true, NO_IDENTITY_PROVIDER);
    }

    public static StackConfig forTests(Path projectDir, Path stateDir) {
        return new StackConfig(projectDir, stateDir, 0, 0, null,
                List.of(new Service("meetings-service", "meetings", 0),
                        new Service("actions-service", "actions", 0),
                        new Service("search-service", "search", 0)),
                false, NO_IDENTITY_PROVIDER);
    }
}
