package org.minutebook.shared.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;

/**
 * {@code java -jar tools/target/minutebook-stack.jar [start|stop|import FOLDER|token ROLE]}: starts the local stack,
 * records the sample meetings, prints where to look, and runs until Ctrl-C or {@code stop}; imports a folder of
 * minutes; or prints a development token.
 */
public final class StackCommand {

    private StackCommand() {
    }

    public static void main(String[] args) throws Exception {
        // Before anything logs: the embedded broker and PostgreSQL log through JBoss LogManager.
        System.setProperty("java.util.logging.manager", "org.jboss.logmanager.LogManager");
        Path projectDir = LocalStack.projectDir(Path.of(""));
        StackConfig config = StackConfig.local(projectDir);
        String command = args.length == 0 ? "start" : args[0];
        switch (command) {
            case "start" -> start(config);
            case "stop" -> stop(config);
            case "import" -> System.exit(ImportCommand.run(java.util.List.of(args).subList(1, args.length)));
            case "token" -> System.exit(TokenCommand.run(java.util.List.of(args).subList(1, args.length)));
            case "bench" -> System.exit(org.minutebook.shared.bench.BenchCommand.run(projectDir,
                    java.util.List.of(args).subList(1, args.length)));
            default -> {
                System.err.println(
                        "usage: minutebook-stack [start | stop | import FOLDER [--url URL] [--committee NAME] [--replace] [--draft]"
                                + " [--token TOKEN] | token clerk|officer [--name NAME] [--organisation ORG]"
                                + " | bench [--meetings N] [--clients C] [--rate R] [--seconds S] [--query-clients Q] [--copies K] [--no-write]]");
                System.exit(2);
            }
        }
    }

    private static void start(StackConfig config) throws Exception {
        Path pidFile = config.stateDir().resolve("stack.pid");
        Optional<ProcessHandle> running = runningStack(pidFile);
        if (running.isPresent()) {
            System.err.println("The stack is already running (pid " + running.get().pid() + "); stop it first.");
            System.exit(1);
        }
        Instant begin = Instant.now();
        System.out.println("Starting PostgreSQL, Kafka (KRaft) and the three services…");
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
            System.out.printf("  %-17s %s  ready in %.1f s (pid %d, log %s)%n", service.name(), service.baseUrl(),
                    service.startup().toMillis() / 1000.0, service.pid(),
                    config.projectDir().relativize(service.log()));
        }
        System.out.printf("Stack up in %.1f s (Kafka at %s)%n", Duration.between(begin, Instant.now()).toMillis()
                / 1000.0, stack.kafkaBootstrapServers());
        if (config.loadSamples()) {
            loadSamples(config.projectDir().resolve("samples/minutes"), stack.url("meetings-service"));
        }
        printUrls(stack);
        stopped.await();
    }

    /** The sample minutes documents, through the importer, as a clerk would bring in an archive. */
    private static void loadSamples(Path samples, String meetingsUrl) throws IOException, InterruptedException {
        System.out.println("Importing the sample minutes in " + samples.getFileName() + "/ …");
        ImportCommand.run(java.util.List.of(samples.toString(), "--url", meetingsUrl));
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
                        Clerk and officer tokens (Authorization: Bearer …) for recording, importing and restricted items:
                          java -jar tools/target/minutebook-stack.jar token clerk
                          java -jar tools/target/minutebook-stack.jar token officer --name "Steve Johnson" --organisation "Cleveland Police"
                        Ctrl-C here, or `java -jar tools/target/minutebook-stack.jar stop`, stops everything.
                        """
                        .formatted(meetings, actions, search));
    }

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
