package org.minutebook.search.e2e;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.MemberDescription;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.minutebook.shared.stack.LocalStack;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Looks into a stack from outside: each service's database, the topics, the health endpoints. */
final class Probe {

    /** What {@code minutes.meetings} holds of the outbox's events. */
    record TopicCount(long records, long distinct, long orderViolations) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final LocalStack stack;

    Probe(LocalStack stack) {
        this.stack = stack;
    }

    /** Every event id in meetings-service's outbox, with its place in the outbox. */
    Map<String, Long> outbox() throws SQLException {
        return outbox("meetings");
    }

    /** Every event id in the outbox of the service whose database is named, with its place in the outbox. */
    Map<String, Long> outbox(String database) throws SQLException {
        Map<String, Long> ids = new HashMap<>();
        query(database, "SELECT event_id::text, id FROM outbox_event", rs -> ids.put(rs.getString(1), rs.getLong(2)));
        return ids;
    }

    /** The event ids a consumer service recorded as applied. */
    Set<String> applied(String database) throws SQLException {
        Set<String> ids = new HashSet<>();
        query(database, "SELECT event_id::text FROM processed_event", rs -> ids.add(rs.getString(1)));
        return ids;
    }

    /** The {@code minutes.meeting.published} events of a committee in meetings-service's outbox: id to meeting. */
    Map<String, String> publishedEvents(String committee) throws SQLException {
        Map<String, String> events = new HashMap<>();
        query("meetings", "SELECT event_id::text, aggregate_id::text FROM outbox_event WHERE type = "
                + "'minutes.meeting.published' AND payload::jsonb #>> '{data,committee}' = '"
                + committee.replace("'", "''") + "'", rs -> events.put(rs.getString(1), rs.getString(2)));
        return events;
    }

    /** Type, meeting and outbox state of the given events, for a failure message. */
    List<String> describe(List<String> eventIds) throws SQLException {
        List<String> lines = new ArrayList<>();
        for (String id : eventIds) {
            query("meetings", "SELECT type, aggregate_id, sent_at FROM outbox_event WHERE event_id = '"
                    + UUID.fromString(id) + "'",
                    rs -> lines.add(id + " " + rs.getString(1) + " of meeting "
                            + rs.getString(2) + (rs.getObject(3) == null ? " (not yet sent)" : " (sent)")));
        }
        return lines;
    }

    /** For a failure report: each service's threads (jcmd) and what every database session is waiting for. */
    void dumpDiagnostics(Path dir) throws IOException, SQLException, InterruptedException {
        for (var service : stack.services()) {
            Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                    Long.toString(service.pid()), "Thread.print").redirectErrorStream(true)
                    .redirectOutput(dir.resolve(service.instanceId() + ".threads").toFile()).start();
            jcmd.waitFor();
        }
        List<String> sessions = new ArrayList<>();
        query("postgres", "SELECT datname, state, wait_event_type, wait_event, now() - xact_start, left(query, 200) "
                + "FROM pg_stat_activity WHERE datname IS NOT NULL",
                rs -> sessions.add(rs.getString(1) + " | "
                        + rs.getString(2) + " | " + rs.getString(3) + " | " + rs.getString(4) + " | "
                        + rs.getString(5) + " | " + rs.getString(6)));
        Files.write(dir.resolve("pg_stat_activity.txt"), sessions);
    }

    long count(String database, String sql) throws SQLException {
        long[] count = new long[1];
        query(database, sql, rs -> count[0] = rs.getLong(1));
        return count[0];
    }

    /** Tracked actions, search items and search resolutions. */
    long effects() throws SQLException {
        return count("actions", "SELECT count(*) FROM tracked_action")
                + count("search", "SELECT count(*) FROM item") + count("search", "SELECT count(*) FROM resolution");
    }

    /**
     * Reads {@code minutes.meetings} from the start: how many records carry outbox events, how many distinct, and how
     * many times a meeting's events first appear out of outbox order.
     */
    TopicCount topic(Map<String, Long> outbox) throws IOException {
        long records = 0;
        Set<String> seen = new HashSet<>();
        Map<String, Long> lastByMeeting = new HashMap<>();
        long violations = 0;
        for (ConsumerRecord<String, String> record : readAll("minutes.meetings")) {
            String id = JSON.readTree(record.value()).path("id").asText();
            Long position = outbox.get(id);
            if (position == null) {
                continue;
            }
            records++;
            if (seen.add(id)) {
                Long last = lastByMeeting.put(record.key(), position);
                if (last != null && last > position) {
                    violations++;
                    // Said on the console: which meeting, where on the topic, and how far out of order.
                    System.out.printf("Order violation: meeting %s, event %s (outbox %d) at %s-%d offset %d after "
                            + "outbox %d%n", record.key(), id, position, record.topic(), record.partition(),
                            record.offset(), last);
                }
            }
        }
        return new TopicCount(records, seen.size(), violations);
    }

    /**
     * search-service's read models, per table: its row count and a checksum of its rows without the times they were
     * written. Two read models built from the same events have the same fingerprint.
     */
    Map<String, String> searchFingerprint() throws SQLException {
        Map<String, String> fingerprint = new TreeMap<>();
        for (String table : List.of("processed_event", "meeting", "attendance", "item", "resolution", "item_action",
                "item_status", "person", "topic", "tombstone")) {
            query("search", """
                    SELECT count(*), md5(coalesce(string_agg(r, '|' ORDER BY r), ''))
                    FROM (SELECT CAST(to_jsonb(t) - 'modified_at' - 'processed_at' - 'removed_at' AS text) AS r
                          FROM %s t) rows""".formatted(table),
                    rs -> fingerprint.put(table, rs.getLong(1) + " rows, " + rs.getString(2)));
        }
        return fingerprint;
    }

    /** How many partitions {@code minutes.meetings} has. */
    int partitionCount() {
        return org.minutebook.messaging.Topics.PARTITIONS;
    }

    /** The partitions of {@code topic} that hold records of the given keys. */
    Set<Integer> partitionsOf(String topic, Set<String> keys) {
        Set<Integer> partitions = new TreeSet<>();
        readAll(topic).stream().filter(r -> keys.contains(r.key())).forEach(r -> partitions.add(r.partition()));
        return partitions;
    }

    /** Per member of the consumer group that holds partitions of {@code topic} (by member id), those partitions. */
    Map<String, Set<Integer>> assignment(String group, String topic) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                stack.kafkaBootstrapServers()))) {
            Map<String, Set<Integer>> members = new TreeMap<>();
            for (MemberDescription member : admin.describeConsumerGroups(List.of(group)).all().get()
                    .get(group).members()) {
                Set<Integer> partitions = new TreeSet<>();
                member.assignment().topicPartitions().stream().filter(p -> p.topic().equals(topic))
                        .forEach(p -> partitions.add(p.partition()));
                // A service's group also holds its consumers of other topics (one per channel): not counted.
                if (!partitions.isEmpty()) {
                    members.put(member.consumerId(), partitions);
                }
            }
            return members;
        }
    }

    long deadLettered() {
        return readAll("minutes.meetings.dlq").size() + readAll("minutes.actions.dlq").size();
    }

    void awaitReadiness(String service, int status) {
        awaitStatus(service, "/q/health/ready", status);
    }

    void awaitLiveness(String service, int status) {
        awaitStatus(service, "/q/health/live", status);
    }

    private void awaitStatus(String service, String path, int status) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(stack.url(service) + path))
                .timeout(Duration.ofSeconds(10)).build();
        await().atMost(Duration.ofMinutes(1)).ignoreExceptions().until(
                () -> HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == status);
    }

    private List<ConsumerRecord<String, String>> readAll(String topic) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "fault-probe-" + UUID.randomUUID());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        List<ConsumerRecord<String, String>> all = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                consumer.poll(Duration.ofMillis(500)).forEach(all::add);
            }
        }
        return all;
    }

    private interface Row {
        void read(ResultSet rs) throws SQLException;
    }

    private void query(String database, String sql, Row row) throws SQLException {
        var postgres = stack.postgres();
        try (Connection c = DriverManager.getConnection(postgres.urlOf(database), postgres.user(),
                postgres.password()); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                row.read(rs);
            }
        }
    }
}
