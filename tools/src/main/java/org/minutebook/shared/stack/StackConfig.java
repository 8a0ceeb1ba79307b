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

    public record Service(String name, String database, int port) {
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
