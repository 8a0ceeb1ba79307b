package org.minutebook.shared.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.minutebook.shared.infra.PostgresServer;

/**
 * What the machine's PostgreSQL and broker can do at best, measured in the same run as the pipeline: the ceiling each
 * pipeline figure is compared with. Kafka through its own tools (ProducerPerformance, ConsumerPerformance,
 * EndToEndLatency) as child processes; PostgreSQL through JDBC batch inserts of rows shaped like search items.
 */
final class RawLimits {

    record Kafka(double producedPerSecond, double consumedPerSecond, double latencyP50Millis,
            double latencyP99Millis) {
    }

    private static final Pattern PRODUCED = Pattern.compile("records sent, ([0-9.]+) records/sec");
    private static final Pattern PERCENTILES = Pattern.compile("50th = ([0-9.]+), 99th = ([0-9.]+)");

    private RawLimits() {
    }

    /** Rows per second inserted in batches of 500, one connection, rows like a search-service item with text. */
    static double postgresInsertsPerSecond(PostgresServer postgres, int rows) throws SQLException {
        String database = postgres.database("bench_raw");
        String url = database + (database.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true";
        try (Connection c = DriverManager.getConnection(url, postgres.user(), postgres.password())) {
            try (Statement s = c.createStatement()) {
                s.execute("DROP TABLE IF EXISTS item");
                s.execute("""
                        CREATE TABLE item (id uuid PRIMARY KEY, meeting_id uuid NOT NULL, committee text NOT NULL,
                            meeting_date date NOT NULL, position integer NOT NULL, number text NOT NULL,
                            title text NOT NULL, restricted boolean NOT NULL, text text)""");
            }
            c.setAutoCommit(false);
            String text = "Members received a report on the partnership's community safety figures. ".repeat(8);
            long start = System.nanoTime();
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO item VALUES (?, ?, ?, current_date, ?, ?, ?, false, ?)")) {
                UUID meeting = UUID.randomUUID();
                for (int i = 1; i <= rows; i++) {
                    insert.setObject(1, UUID.randomUUID());
                    insert.setObject(2, meeting);
                    insert.setString(3, "Safer Stockton Partnership");
                    insert.setInt(4, i % 25);
                    insert.setString(5, Integer.toString(i % 25));
                    insert.setString(6, "Anti-social behaviour");
                    insert.setString(7, text);
                    insert.addBatch();
                    if (i % 500 == 0) {
                        insert.executeBatch();
                        c.commit();
                        meeting = UUID.randomUUID();
                    }
                }
                insert.executeBatch();
                c.commit();
            }
            return rows / ((System.nanoTime() - start) / 1e9);
        }
    }

    /** The broker's producer and consumer throughput with records the size of an item event, and its latency. */
    static Kafka kafka(String bootstrapServers, int records, int recordSize) throws IOException {
        String topic = "bench.raw." + UUID.randomUUID().toString().substring(0, 8);
        String produced = tool("org.apache.kafka.tools.ProducerPerformance", "--topic", topic, "--num-records",
                Integer.toString(records), "--record-size", Integer.toString(recordSize), "--throughput", "-1",
                "--producer-props", "bootstrap.servers=" + bootstrapServers, "acks=all", "linger.ms=5");
        String consumed = tool("org.apache.kafka.tools.ConsumerPerformance", "--bootstrap-server", bootstrapServers,
                "--topic", topic, "--messages", Integer.toString(records));
        String latency = tool("org.apache.kafka.tools.EndToEndLatency", bootstrapServers, topic + ".latency",
                "2000", "all", Integer.toString(recordSize));
        Matcher p = find(PRODUCED, produced);
        Matcher l = find(PERCENTILES, latency);
        return new Kafka(Double.parseDouble(p.group(1)), consumedPerSecond(consumed),
                Double.parseDouble(l.group(1)), Double.parseDouble(l.group(2)));
    }

    /** ConsumerPerformance prints a header naming its columns and, among log lines, a line of values. */
    private static double consumedPerSecond(String output) {
        List<String> lines = output.lines().filter(line -> !line.isBlank()).toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("nMsg.sec")) {
                List<String> names = List.of(lines.get(i).trim().split("\\s*,\\s*"));
                for (String line : lines.subList(i + 1, lines.size())) {
                    String[] values = line.trim().split("\\s*,\\s*");
                    if (values.length == names.size()) {
                        return Double.parseDouble(values[names.indexOf("nMsg.sec")]);
                    }
                }
            }
        }
        throw new IllegalStateException("ConsumerPerformance printed no figures:\n" + output);
    }

    private static Matcher find(Pattern pattern, String output) {
        Matcher m = pattern.matcher(output);
        if (!m.find()) {
            throw new IllegalStateException("No figures in the tool's output:\n" + output);
        }
        return m;
    }

    /** Runs a Kafka tool in a JVM of its own on this launcher's class path and returns what it printed. */
    private static String tool(String mainClass, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m", "-cp",
                System.getProperty("java.class.path"), mainClass));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IllegalStateException(mainClass + " failed:\n" + output);
            }
            return output;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IOException("Interrupted", e);
        }
    }
}
