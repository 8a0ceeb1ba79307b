package org.minutebook.shared.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;

import org.minutebook.shared.infra.KeycloakServer;

/**
 * {@code java -jar tools/target/minutebook-stack.jar [start [--with-identity-provider] [--replicas N]|stop|import FOLDER|token ROLE]}:
 * starts the local stack (with a Keycloak to sign in with, and N replicas of the two consumers, on request),
 * records the sample meetings, prints where to look, and runs until Ctrl-C or {@code stop}; imports a folder of
 * minutes; or prints a development token.
 */
public final class StackCommand {

    private static final String IDENTITY_PROVIDER_FLAG = "--with-identity-provider";
    private static final int IDENTITY_PROVIDER_PORT = 8180;
    private static final String REPLICAS_FLAG = "--replicas";

    private StackCommand() {
    }

    public static void main(String[] args) throws Exception {
        // Before anything logs: the embedded broker and PostgreSQL log through JBoss LogManager.
        System.setProperty("java.util.logging.manager", "org.jboss.logmanager.LogManager");
        Path projectDir = LocalStack.projectDir(Path.of(""));
        StackConfig config = StackConfig.local(projectDir);
        String command = args.length == 0 || args[0].equals(IDENTITY_PROVIDER_FLAG) || args[0].equals(REPLICAS_FLAG)
                ? "start"
                : args[0];
        if (java.util.List.of(args).contains(IDENTITY_PROVIDER_FLAG)) {
            config = config.withIdentityProvider(IDENTITY_PROVIDER_PORT);
        }
        int replicas = java.util.List.of(args).indexOf(REPLICAS_FLAG);
        if (replicas >= 0) {
            // actions-service and search-service: the first on its usual port, the others 10 apart (8092, 8093).
            config = config.withConsumerReplicas(replicaCount(args, replicas + 1));
        }
        switch (command) {
            case "start" -> start(config);
            case "stop" -> stop(config);
            case "import" -> System.exit(ImportCommand.run(java.util.List.of(args).subList(1, args.length)));
            case "token" -> System.exit(TokenCommand.run(java.util.List.of(args).subList(1, args.length)));
            case "bench" -> System.exit(org.minutebook.shared.bench.BenchCommand.run(projectDir,
                    java.util.List.of(args).subList(1, args.length)));
            case "bench-startup" -> System.exit(org.minutebook.shared.bench.StartupBench.run(projectDir,
                    java.util.List.of(args).subList(1, args.length)));
            case "bench-queries" -> System.exit(org.minutebook.shared.bench.QueryPlans.run(projectDir,
                    java.util.List.of(args).subList(1, args.length)));
            default -> {
                System.err.println(
                        "usage: minutebook-stack [start [--with-identity-provider] [--replicas N] | stop | import FOLDER [--url URL] [--committee NAME] [--replace] [--draft]"
                                + " [--token TOKEN] | token clerk|officer [--name NAME] [--organisation ORG]"
                                + " | bench [--meetings N] [--clients C] [--rate R] [--seconds S] [--query-clients Q] [--copies K] [--no-write]"
                                + " | bench-queries actions|search [--runs N] [--plans] | bench-startup [--rounds N]"
                                + " [--meetings M] [--settings 1,4,…]]");
                System.exit(2);
            }
        }
    }

    private static int replicaCount(String[] args, int at) {
        try {
            int count = Integer.parseInt(args[at]);
            if (count >= 1 && count <= 9) {
                return count;
            }
        } catch (ArrayIndexOutOfBoundsException | NumberFormatException e) {
            // said below
        }
        System.err.println("--replicas takes a number from 1 to 9");
        System.exit(2);
        return 1;
    }

    private static void start(StackConfig config) throws Exception {
        Path pidFile = config.stateDir().resolve("stack.pid");
        Optional<ProcessHandle> running = runningStack(pidFile);
        if (running.isPresent()) {
            System.err.println("The stack is already running (pid " + running.get().pid() + "); stop it first.");
            System.exit(1);
        }
        Instant begin = Instant.now();
        System.out.println("Starting PostgreSQL, Kafka (KRaft), " + (config.identityProvider() ? "Keycloak " : "")
                + "and the three services…");
        LocalStack stack = LocalStack.start(config);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("\nStopping the stack…");
            stack.close();
            try {
                Files.deleteIfExists(pidFile);
            } catch (IOException e) {
                // nothing left to clean
            }
            stopped.countDown();
        }));
        Files.writeString(pidFile, Long.toString(ProcessHandle.current().pid()));
        for (ServiceProcess service : stack.services()) {
            System.out.printf("  %-17s %s  ready in %.1f s (pid %d, log %s)%n", service.instanceId(), service.baseUrl(),
                    service.startup().toMillis() / 1000.0, service.pid(),
                    config.projectDir().relativize(service.log()));
        }
        System.out.printf("Stack up in %.1f s (Kafka at %s)%n", Duration.between(begin, Instant.now()).toMillis()
                / 1000.0, stack.kafkaBootstrapServers());
        if (config.loadSamples()) {
            loadSamples(config.projectDir().resolve("samples/minutes"), stack.url("meetings-service"),
                    stack.keycloak().map(k -> k.token(KeycloakServer.CLI_CLIENT, "clerk")).orElse(null));
        }
        printUrls(stack);
        stack.keycloak().ifPresent(StackCommand::printUsers);
        stopped.await();
    }

    /** The sample minutes documents, through the importer, as a clerk would bring in an archive. */
    private static void loadSamples(Path samples, String meetingsUrl, String token)
            throws IOException, InterruptedException {
        System.out.println("Importing the sample minutes in " + samples.getFileName() + "/ …");
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of(samples.toString(), "--url",
                meetingsUrl));
        if (token != null) {
            args.addAll(java.util.List.of("--token", token));
        }
        ImportCommand.run(args);
    }

    private static void printUsers(KeycloakServer keycloak) {
        System.out.printf("Sign in on the officer page through Keycloak (%s, realm %s; console admin/admin). Users, "
                + "password \"%s\":%n", keycloak.url(), KeycloakServer.REALM, KeycloakServer.PASSWORD);
        for (KeycloakServer.User user : KeycloakServer.USERS) {
            System.out.printf("  %-16s %-14s %-24s role: %s%n", user.username(), user.name(), user.organisation(),
                    user.role());
        }
        System.out.printf("A token for curl: curl -s -d grant_type=password -d client_id=%s -d username=clerk "
                + "-d password=%s %s/protocol/openid-connect/token%n", KeycloakServer.CLI_CLIENT,
                KeycloakServer.PASSWORD, keycloak.issuer());
    }

    private static void printUrls(LocalStack stack) {
        String meetings = stack.url("meetings-service");
        String actions = stack.url("actions-service");
        String search = stack.url("search-service");
        System.out.println(
                """

                        Officer page: %3$s/officer/

                        Try:
                          %1$s/api/meetings
                          %2$s/api/actions?status=OPEN
                          %2$s/api/deferrals?status=OUTSTANDING
                          %3$s/api/search?q=Operation%%20Raptor
                          %1$s/q/swagger-ui   (and the same on %2$s, %3$s)
                          %1$s/q/health
                        %4$s
                        Ctrl-C here, or `java -jar tools/target/minutebook-stack.jar stop`, stops everything.
                        """
                        .formatted(meetings, actions, search, stack.keycloak().isPresent()
                                ? "The services take Keycloak's tokens only (users below)."
                                : DEV_TOKENS));
    }

    private static final String DEV_TOKENS = """
            Clerk and officer tokens (Authorization: Bearer …) for recording, importing and restricted items:
              java -jar tools/target/minutebook-stack.jar token clerk
              java -jar tools/target/minutebook-stack.jar token officer --name "Steve Johnson" --organisation "Cleveland Police\"""";

    private static void stop(StackConfig config) throws InterruptedException {
        Path pidFile = config.stateDir().resolve("stack.pid");
        Optional<ProcessHandle> running = runningStack(pidFile);
        if (running.isEmpty()) {
            System.out.println("No stack is running.");
            return;
        }
        running.get().destroy();
        running.get().onExit().join();
        System.out.println("Stopped the stack (pid " + running.get().pid() + ").");
    }

    private static Optional<ProcessHandle> runningStack(Path pidFile) {
        try {
            if (!Files.isRegularFile(pidFile)) {
                return Optional.empty();
            }
            long pid = Long.parseLong(Files.readString(pidFile).strip());
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
