package org.minutebook.shared.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One replica of a packaged Quarkus service running as a child process, its output in a log file of its own. */
public final class ServiceProcess {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final String instanceId;
    private final int port;
    private final ProcessBuilder builder;
    private final Path log;
    private Process process;
    private Duration startup;
    private Duration startupCpu;

    private ServiceProcess(String name, String instanceId, int port, ProcessBuilder builder, Path log)
            throws IOException {
        this.name = name;
        this.instanceId = instanceId;
        this.port = port;
        this.builder = builder;
        this.log = log;
        this.process = builder.start();
    }

    static ServiceProcess launch(Path projectDir, Path stateDir, String name, String instanceId, int port,
            Map<String, String> env) throws IOException {
        Path jar = projectDir.resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build the services first (./mvnw package)");
        }
        Path log = stateDir.resolve("logs").resolve(instanceId + ".log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(JvmOptions.forApp(jar.getParent()));
        // From the jar's own directory, by its relative name: the class path the archive recorded at packaging.
        command.addAll(List.of("-Dquarkus.http.port=" + port, "-jar", jar.getFileName().toString()));
        ProcessBuilder builder = new ProcessBuilder(command).directory(jar.getParent().toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        // glibc's default of eight malloc arenas per core is memory a small service holds and never uses.
        builder.environment().put("MALLOC_ARENA_MAX", "2");
        builder.environment().putAll(env);
        Files.deleteIfExists(log);
        return new ServiceProcess(name, instanceId, port, builder, log);
    }

    /** A crash, as fault tests inject it: SIGKILL, no shutdown hooks, nothing flushed. */
    public void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Starts the service again on the same port with the same settings, after a stop or a kill, and waits. */
    public void restart(Duration timeout) {
        if (process.isAlive()) {
            throw new IllegalStateException(instanceId + " is still running");
        }
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        awaitReady(timeout);
    }

    /**
     * Starts the stopped service again with the JVM options as they are chosen now (the start-up bench changes them
     * between starts), without waiting: several start together, and each is then awaited.
     */
    public void relaunch() {
        if (process.isAlive()) {
            throw new IllegalStateException(instanceId + " is still running");
        }
        List<String> command = builder.command();
        List<String> service = new ArrayList<>(command.subList(command.size() - 3, command.size()));
        command.subList(1, command.size()).clear();
        command.addAll(JvmOptions.forApp(builder.directory().toPath()));
        command.addAll(service);
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits for {@code /q/health/ready}, which covers the database and the broker. */
    public void awaitReady(Duration timeout) {
        Instant started = process.info().startInstant().orElse(Instant.now());
        Instant deadline = Instant.now().plus(timeout);
        HttpRequest ready = HttpRequest.newBuilder(URI.create(baseUrl() + "/q/health/ready"))
                .timeout(Duration.ofSeconds(2)).build();
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(instanceId + " exited with " + process.exitValue() + "; see " + log);
            }
            try {
                if (HTTP.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    startup = Duration.between(started, Instant.now());
                    startupCpu = process.info().totalCpuDuration().orElse(Duration.ZERO);
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for " + instanceId, e);
            }
            sleep(Duration.ofMillis(200));
        }
        throw new IllegalStateException(instanceId + " was not ready within " + timeout + "; see " + log);
    }

    /** SIGTERM first so the service shuts down cleanly, then a kill if it hangs. */
    public void stop() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** The service this is a replica of. */
    public String name() {
        return name;
    }

    /** This replica: the service's name for the first, {@code search-service-2} and so on for the others. */
    public String instanceId() {
        return instanceId;
    }

    public long pid() {
        return process.pid();
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    public Path log() {
        return log;
    }

    /** From process start to ready. */
    public Duration startup() {
        return startup;
    }

    /** Processor time (user and system) the service had used when it was first ready: the machine's load aside. */
    public Duration startupCpu() {
        return startupCpu;
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new IOException("Interrupted"));
        }
    }
}
