package org.minutebook.shared.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.minutebook.shared.security.Roles;
import org.minutebook.shared.stack.LocalStack;
import org.minutebook.shared.stack.ServiceProcess;
import org.minutebook.shared.stack.StackConfig;

/**
 * {@code minutebook-stack bench [--meetings N] [--clients C] [--rate R] [--seconds S] [--query-clients Q]
 * [--copies K] [--no-write]}: starts a stack of its own and measures, in one run on this machine, the raw limits of
 * its broker and PostgreSQL, then the pipeline: ingest throughput of N synthetic meetings from C clients until both
 * read models are consistent, freshness at R item events/s for S seconds, query latency with Q clients (again with
 * the read models copied to K times their size, see {@link ReadModelCopies}), each service's time to ready and
 * memory after load. Prints a table and writes it to docs/BENCHMARKS.md.
 */
public final class BenchCommand {

    private static final String BEGIN = "<!-- bench:begin -->";
    private static final String END = "<!-- bench:end -->";
    private static final long SEED = 20161121L;

    private BenchCommand() {
    }

    public static int run(Path projectDir, List<String> args) throws Exception {
        int meetings = BenchArgs.intOption(args, "--meetings", 1000);
        int clients = BenchArgs.intOption(args, "--clients", 8);
        int rate = BenchArgs.intOption(args, "--rate", 200);
        Duration seconds = Duration.ofSeconds(BenchArgs.intOption(args, "--seconds", 20));
        int queryClients = BenchArgs.intOption(args, "--query-clients", 32);
        int copies = BenchArgs.intOption(args, "--copies", 1);
        Report report = new Report();
        SyntheticMinutes archive = new SyntheticMinutes(SEED);
        String command = "bench " + String.join(" ", args);
        System.out.println("Starting a stack of its own for the benchmark …");
        Exception stopped = null;
        try (LocalStack stack = LocalStack
                .start(StackConfig.forTests(projectDir, projectDir.resolve(".stack-bench")))) {
            for (ServiceProcess service : stack.services()) {
                report.add(service.name() + ": process start to ready", service.startup().toMillis() + " ms");
            }
            System.out.println("Raw limits …");
            double inserts = RawLimits.postgresInsertsPerSecond(stack.postgres(), 100_000);
            RawLimits.Kafka kafka = RawLimits.kafka(stack.kafkaBootstrapServers(), 200_000, 1500);
            report.add("PostgreSQL: batch inserts of item-shaped rows (500 per batch)",
                    Report.format(inserts) + " rows/s");
            report.add("Kafka: producer, 1,500-byte records, acks=all", Report.format(kafka.producedPerSecond())
                    + " records/s");
            report.add("Kafka: consumer", Report.format(kafka.consumedPerSecond()) + " records/s");
            report.add("Kafka: end-to-end latency p50 / p99", Report.format(kafka.latencyP50Millis()) + " / "
                    + Report.format(kafka.latencyP99Millis()) + " ms");

            Pipeline pipeline = new Pipeline(stack, stack.token(Roles.CLERK, "Bench Clerk", "Democratic Services"));
            System.out.printf("Ingest: %d meetings from %d clients …%n", meetings, clients);
            Ingest.Result ingest = Ingest.run(pipeline, archive, 0, meetings, clients);
            report.add("Ingest: meetings, item events, all events", ingest.meetings() + ", " + ingest.items()
                    + ", " + ingest.events());
            report.add("Ingest: POST to both read models consistent", Report.format(ingest.seconds()) + " s, "
                    + Report.format(ingest.meetingsPerSecond()) + " meetings/s");
            report.add("Ingest: last POST answered / actions-service / search-service caught up",
                    Report.format(ingest.postSeconds()) + " / " + Report.format(ingest.actionsSeconds()) + " / "
                            + Report.format(ingest.searchSeconds()) + " s");
            report.compare("Ingest: item events/s end to end vs PostgreSQL inserts", ingest.itemEventsPerSecond(),
                    inserts, "/s");
            report.compare("Ingest: all events/s end to end vs Kafka producer", ingest.eventsPerSecond(),
                    kafka.producedPerSecond(), "/s");

            System.out.printf("Freshness at %d item events/s for %d s …%n", rate, seconds.toSeconds());
            Freshness.Result fresh = Freshness.run(pipeline, archive, meetings, rate, seconds);
            report.add("Freshness: rate achieved", Report.format(fresh.itemEventsPerSecond()) + " item events/s");
            report.add("Freshness: 201 to item visible in search-service", fresh.search().summary(50, 95, 99));
            report.add("Freshness: 201 to action tracked by actions-service", fresh.actions().summary(50, 95, 99));
            report.compareLatency("Freshness: search p50 vs Kafka end-to-end p50",
                    fresh.search().percentileMillis(50), kafka.latencyP50Millis());

            long items = count(stack, "search", "SELECT count(*) FROM item");
            System.out.printf("Queries at %,d items, %d clients …%n", items, queryClients);
            Duration each = Duration.ofSeconds(Math.max(5, seconds.toSeconds() / 2));
            QueryMix mix = QueryMix.over(stack.postgres());
            mix.eachKind(report, pipeline, queryClients, each, at(items, queryClients));
            if (copies > 1) {
                System.out.printf("Copying the read models to %d times their size …%n", copies);
                long copyStart = System.nanoTime();
                int years = ReadModelCopies.yearsPerCopy(stack.postgres());
                ReadModelCopies.multiply(stack.postgres(), "search", copies, years);
                ReadModelCopies.multiply(stack.postgres(), "actions", copies, years);
                long grown = count(stack, "search", "SELECT count(*) FROM item");
                report.add("Read models copied " + copies + " times (see docs/BENCHMARKS.md)", String.format(
                        "%,d items, %,d actions, %.0f s", grown, count(stack, "actions",
                                "SELECT count(*) FROM tracked_action"),
                        (System.nanoTime() - copyStart) / 1e9));
                System.out.printf("Queries at %,d items, %d clients …%n", grown, queryClients);
                mix = QueryMix.over(stack.postgres());
                mix.eachKind(report, pipeline, 1, each, at(grown, 1));
                mix.eachKind(report, pipeline, queryClients, each, at(grown, queryClients));
                mix.mixed(report, pipeline, queryClients, each.multipliedBy(2), at(grown, queryClients));
            }

            for (ServiceProcess service : stack.services()) {
                report.add(service.name() + ": resident memory after load",
                        BenchArgs.rssMegabytes(service.pid()) + " MB");
            }
        } catch (Exception e) {
            // What was measured before the failure is still printed and written, with the failure.
            stopped = e;
            report.add("Run stopped by", e.toString());
        }
        String table = report.table();
        System.out.println();
        System.out.println(table);
        if (!args.contains("--no-write")) {
            write(projectDir.resolve("docs/BENCHMARKS.md"), command, report.markdown());
        }
        if (stopped != null) {
            stopped.printStackTrace();
            return 1;
        }
        return 0;
    }

    private static String at(long items, int clients) {
        return String.format(" (%,d items, %d client%s)", items, clients, clients == 1 ? "" : "s");
    }

    private static long count(LocalStack stack, String database, String sql) throws SQLException {
        var postgres = stack.postgres();
        try (Connection c = DriverManager.getConnection(postgres.urlOf(database), postgres.user(),
                postgres.password()); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void write(Path doc, String command, String table) throws IOException {
        String machine = String.format("%d cores, %d MB heap limit for the launcher, %s %s, run of %s",
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() / (1024 * 1024),
                System.getProperty("java.vm.name"), System.getProperty("java.version"), LocalDate.now());
        String section = BEGIN + "\n\n`java -jar tools/target/minutebook-stack.jar " + command.strip() + "` — "
                + machine + " (JVM uptime " + ManagementFactory.getRuntimeMXBean().getUptime() / 1000 + " s).\n\n"
                + table + "\n" + END;
        String text = Files.exists(doc) ? Files.readString(doc) : "# Benchmarks\n";
        int begin = text.indexOf(BEGIN);
        int end = text.indexOf(END);
        text = begin >= 0 && end > begin
                ? text.substring(0, begin) + section + text.substring(end + END.length())
                : text.stripTrailing() + "\n\n## Pipeline (bench command)\n\n" + section + "\n";
        Files.writeString(doc, text);
        System.out.println("Written to " + doc);
    }
}
