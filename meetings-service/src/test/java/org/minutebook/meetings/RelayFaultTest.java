package org.minutebook.meetings;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.minutebook.shared.contracts.EventContract;
import org.minutebook.shared.infra.KafkaBroker;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/**
 * The broker goes down while meetings are recorded: the records are stored and their events wait in the outbox,
 * readiness goes DOWN (liveness stays UP); when the broker is back, readiness is UP again and the relay publishes
 * every one of the events, each meeting's in order.
 */
@QuarkusTest
class RelayFaultTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MEETINGS = 4;

    /** The test broker, handed over by its test resource. */
    KafkaBroker broker;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void shouldPublishEverythingWrittenWhileTheBrokerWasDownInOrder() throws IOException {
        List<String> ids = new ArrayList<>();
        broker.stop();
        try {
            for (int i = 0; i < MEETINGS; i++) {
                ids.add(Clerk.given().contentType(ContentType.JSON)
                        .body(Samples.meetingOf("ssp-2016-06-21", "Broker Down " + UUID.randomUUID()).toString())
                        .post("/api/meetings").then().statusCode(201).extract().path("id"));
            }
            assertThat(unsent(ids)).as("events held in the outbox while the broker is down").isEqualTo(31 * MEETINGS);
            Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(
                    () -> given().get("/q/health/ready").then().statusCode(503));
            given().get("/q/health/live").then().statusCode(200);
        } finally {
            broker.restart();
        }
        Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(
                () -> given().get("/q/health/ready").then().statusCode(200));

        Map<String, List<String>> expected = outboxOrder(ids);
        Map<String, List<String>> published = new LinkedHashMap<>();
        ids.forEach(id -> published.put(id, new ArrayList<>()));
        try (KafkaCompanion kafka = new KafkaCompanion(bootstrapServers);
                var consumer = kafka.consumeStrings().withGroupId("relay-fault-" + UUID.randomUUID())
                        .withOffsetReset("earliest").fromTopics(Set.of("minutes.meetings"),
                                records -> records.select().where(r -> ids.contains(r.key())))) {
            Awaitility.await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500)).until(() -> {
                published.values().forEach(List::clear);
                for (ConsumerRecord<String, String> record : consumer.getRecords()) {
                    published.get(record.key()).add(JSON.readTree(record.value()).get("id").asText());
                }
                return ids.stream().allMatch(id -> Set.copyOf(published.get(id)).containsAll(expected.get(id)));
            });
            consumer.getRecords().forEach(r -> EventContract.load().assertValid(EventContract.MEETINGS, r.value()));
        }
        int duplicates = 0;
        for (String id : ids) {
            List<String> firstSeen = new ArrayList<>(new LinkedHashSet<>(published.get(id)));
            assertThat(firstSeen).as("meeting %s: every event, in the order written", id)
                    .isEqualTo(expected.get(id));
            duplicates += published.get(id).size() - firstSeen.size();
        }
        assertThat(unsent(ids)).isZero();
        System.out.printf("Relay fault: %d meetings, %d events written with the broker down, 1 broker restart, "
                + "0 lost, %d published twice%n", MEETINGS, 31 * MEETINGS, duplicates);
    }

    private static long unsent(List<String> meetingIds) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count(
                "sentAt IS NULL AND aggregateId IN ?1", meetingIds.stream().map(UUID::fromString).toList()));
    }

    /** Each meeting's event ids in the order the outbox holds them, which is the order they must be published in. */
    private static Map<String, List<String>> outboxOrder(List<String> meetingIds) {
        Map<String, List<String>> order = new LinkedHashMap<>();
        QuarkusTransaction.requiringNew().run(() -> OutboxEvent
                .<OutboxEvent>list("aggregateId IN ?1 ORDER BY id",
                        meetingIds.stream().map(UUID::fromString).toList())
                .forEach(e -> order.computeIfAbsent(e.aggregateId.toString(), k -> new ArrayList<>())
                        .add(e.eventId.toString())));
        return order;
    }
}
