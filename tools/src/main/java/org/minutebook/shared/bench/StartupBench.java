package org.minutebook.shared.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.minutebook.shared.security.Roles;
import org.minutebook.shared.stack.JvmOptions;
import org.minutebook.shared.stack.LocalStack;
import org.minutebook.shared.stack.ServiceProcess;
import org.minutebook.shared.stack.StackConfig;

/**
 * {@code minutebook-stack bench-startup [--rounds N] [--meetings M] [--settings 1,4,…]}: starts a stack, then restarts its three services
 * together with each JVM setting in turn, round after round so that the machine's drift falls on every setting alike,
 * and prints for each service the time from process start to ready, the processor time it used until then (which the
 * machine's other load barely changes) and the resident memory after a small load: M
 * synthetic meetings ingested, then ten seconds of searches and outstanding-actions queries.
 */
public final class StartupBench {

    /** A JVM setting: its options, and whether it uses the class-data archive packaged beside the jar. */
    private record Setting(String name, String options, boolean appCds) {
    }

    private static final String BEFORE = "-Xmx512m";

    private static final String SIZED = String.join(" ", JvmOptions.SIZED);
    private static final String DEFAULTS = String.join(" ", JvmOptions.DEFAULTS);

    private static final List<Setting> SETTINGS = List.of(
            new Setting("before: -Xmx512m", BEFORE, false),
            new Setting("AppCDS, -Xmx512m", BEFORE, true),
            new Setting("sized options, no AppCDS", SIZED, false),
            new Setting("sized options and AppCDS", SIZED, true),
            new Setting("sized options, C1 only (the default), AppCDS", DEFAULTS, true),
            new Setting("the default, no schema validation", DEFAULTS
                    + " -Dquarkus.hibernate-orm.schema-management.strategy=none", true),
            new Setting("the default, no AppCDS", DEFAULTS, false));

    private StartupBench() {
    }

    public static int run(Path projectDir, List<String> args) throws Exception {
        int rounds = BenchArgs.intOption(args, "--rounds", 3);
        int meetings = BenchArgs.intOption(args, "--meetings", 50);
        // --settings 1,4: which of SETTINGS to compare (numbered from 1), all by default.
        int at = args.indexOf("--settings");
        List<Setting> settings = at < 0 || at + 1 >= args.size()
                ? SETTINGS
                : java.util.Arrays.stream(args.get(at + 1).split(",")).map(n -> SETTINGS.get(Integer.parseInt(n) - 1))
                        .toList();
        boolean archived = Files.isRegularFile(projectDir.resolve("search-service/target/quarkus-app/app-cds.jsa"));
        System.out.printf("JVM %s %s; class-data archives %s%n", System.getProperty("java.vm.name"),
                System.getProperty("java.vm.version"), archived ? "packaged" : "NOT packaged (see the README)");
        Map<String, List<String>> results = new LinkedHashMap<>();
        SyntheticMinutes archive = new SyntheticMinutes(20161121L);
        try (LocalStack stack = LocalStack
                .start(StackConfig.forTests(projectDir, projectDir.resolve(".stack-startup")))) {
            System.out.println("first start (fresh databases, default options): " + ready(stack));
            int first = 0;
            for (int round = 1; round <= rounds; round++) {
                for (Setting setting : settings) {
                    System.setProperty(JvmOptions.PROPERTY, setting.options());
                    System.setProperty(JvmOptions.APP_CDS, Boolean.toString(setting.appCds()));
                    stack.services().forEach(ServiceProcess::stop);
                    stack.services().forEach(ServiceProcess::relaunch);
                    for (ServiceProcess service : stack.services()) {
                        service.awaitReady(Duration.ofMinutes(5));
                    }
                    List<String> line = new ArrayList<>(List.of(ready(stack)));
                    line.add(load(stack, archive, first, meetings));
                    first += meetings;
                    for (ServiceProcess service : stack.services()) {
                        line.add(service.name() + " " + BenchArgs.rssMegabytes(service.pid()) + " MB");
                    }
                    String summary = String.join(", ", line);
                    System.out.printf("round %d, %s: %s%n", round, setting.name(), summary);
                    results.computeIfAbsent(setting.name(), k -> new ArrayList<>()).add(summary);
                }
            }
        }
        System.out.println();
        System.out.println("| setting | round | ready (process start to /q/health/ready) and RSS after load |");
        System.out.println("| --- | --- | --- |");
        results.forEach((name, lines) -> {
            for (int i = 0; i < lines.size(); i++) {
                System.out.printf("| %s | %d | %s |%n", name, i + 1, lines.get(i));
            }
        });
        return 0;
    }

    private static String ready(LocalStack stack) {
        return String.join(", ", stack.services().stream()
                .map(service -> String.format("%s %.1f s (cpu %.1f s)", service.name(),
                        service.startup().toMillis() / 1000.0, service.startupCpu().toMillis() / 1000.0))
                .toList());
    }

    /** @return the queries' latencies under the setting: a setting that starts faster must not answer slower */
    private static String load(LocalStack stack, SyntheticMinutes archive, int first, int meetings) throws Exception {
        Pipeline pipeline = new Pipeline(stack, stack.token(Roles.CLERK, "Bench Clerk", "Democratic Services"));
        Ingest.Result ingest = Ingest.run(pipeline, archive, first, meetings, 4);
        Latencies search = QueryLatency.run(pipeline, "search-service", 4, Duration.ofSeconds(5),
                r -> "/api/search?q=" + SyntheticMinutes.MEDIUM.get(r.nextInt(SyntheticMinutes.MEDIUM.size())));
        Latencies actions = QueryLatency.run(pipeline, "actions-service", 4, Duration.ofSeconds(5),
                r -> "/api/actions?status=OPEN&assignee=" + QueryLatency.encode(SyntheticMinutes.person(r)));
        return String.format("ingest %.1f meetings/s, search %s, actions %s", ingest.meetingsPerSecond(),
                search.summary(50, 99), actions.summary(50, 99));
    }
}
