package org.minutebook.meetings;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.minutebook.shared.contracts.EventContract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

@QuarkusTest
class MeetingEventsTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private KafkaCompanion kafka;

    @BeforeEach
    void connect() {
        kafka = new KafkaCompanion(bootstrapServers);
    }

    @AfterEach
    void close() {
        kafka.close();
    }

    @Test
    void shouldPublishMeetingThenEachItemWithItsResolutionsInOrder() throws IOException {
        String id = Clerk.given().contentType(ContentType.JSON)
                .body(Samples.meetingOf("ssp-2016-06-21", "Events Test " + UUID.randomUUID()))
                .post("/api/meetings").then().statusCode(201).extract().path("id");

        // 1 meeting + 19 items + 11 resolutions, all keyed by the meeting id.
        List<ConsumerRecord<String, String>> records = eventsOf(id, 31);
        List<String> types = new ArrayList<>();
        for (ConsumerRecord<String, String> record : records) {
            JsonNode event = MAPPER.readTree(record.value());
            types.add(event.get("type").asText());
            assertThat(event.get("specversion").asText()).isEqualTo("1.0");
            assertThat(event.get("subject").asText()).isEqualTo(id);
            assertThat(new String(record.headers().lastHeader("content-type").value(), StandardCharsets.UTF_8))
                    .startsWith("application/cloudevents+json");
        }
        assertThat(types.get(0)).isEqualTo("minutes.meeting.recorded");
        assertThat(types.subList(1, 5)).containsExactly("minutes.item.recorded", "minutes.item.recorded",
                "minutes.item.recorded", "minutes.resolution.recorded");
        assertThat(types).filteredOn("minutes.item.recorded"::equals).hasSize(19);
        assertThat(types).filteredOn("minutes.resolution.recorded"::equals).hasSize(11);
    }

    @Test
    void shouldPublishEventsShapedLikeTheContractExamples() throws IOException {
        String id = Clerk.given().contentType(ContentType.JSON)
                .body(Samples.meetingOf("ssp-2016-06-21", "Contract Test " + UUID.randomUUID()))
                .post("/api/meetings").then().statusCode(201).extract().path("id");

        List<ConsumerRecord<String, String>> records = eventsOf(id, 31);
        JsonNode meeting = MAPPER.readTree(records.get(0).value());
        JsonNode raptor = records.stream().map(r -> read(r.value()))
                .filter(e -> e.at("/data/number").asText().equals("11")).findFirst().orElseThrow();
        JsonNode resolution = records.stream().map(r -> read(r.value()))
                .filter(e -> e.get("type").asText().equals("minutes.resolution.recorded")).findFirst().orElseThrow();

        assertThat(fieldsOf(meeting)).containsAll(fieldsOf(contract("minutes.meetings/meeting.recorded.json")));
        assertThat(fieldsOf(raptor)).containsAll(fieldsOf(contract("minutes.meetings/item.recorded.json")));
        assertThat(fieldsOf(resolution)).containsAll(fieldsOf(contract("minutes.meetings/resolution.recorded.json")));
        assertThat(raptor.at("/data/actions/0/assignees/1/name").asText()).isEqualTo("Steve Johnson");
    }

    @Test
    void shouldKeepAnItemsMinuteReferenceFromTheRecordToItsEvent() throws IOException {
        ObjectNode meeting = Samples.meetingOf("ssp-2016-06-21", "Minute Reference " + UUID.randomUUID());
        for (JsonNode item : meeting.withArray("items")) {
            if (item.get("number").asText().equals("11")) {
                ((ObjectNode) item).put("minuteReference", " SSP 45/16 ");
            }
        }
        String id = Clerk.given().contentType(ContentType.JSON).body(meeting.toString())
                .post("/api/meetings").then().statusCode(201).extract().path("id");

        List<String> references = Clerk.given().get("/api/meetings/{id}", id).then().statusCode(200)
                .extract().jsonPath().getList("items.minuteReference", String.class);
        assertThat(references).filteredOn(r -> r != null).containsExactly("SSP 45/16");
        JsonNode raptor = eventsOf(id, 31).stream().map(r -> read(r.value()))
                .filter(e -> e.at("/data/number").asText().equals("11")).findFirst().orElseThrow();
        assertThat(raptor.at("/data/minuteReference").asText()).isEqualTo("SSP 45/16");
    }

    @Test
    void shouldFollowTheRecordWithPublishedThenApprovedShapedLikeTheContract() throws IOException {
        String id = Clerk.given().contentType(ContentType.JSON).queryParam("publish", true)
                .body(Samples.meetingOf("ssp-2017-02-14", "Publication Events " + UUID.randomUUID()))
                .post("/api/meetings").then().statusCode(201).extract().path("id");
        Clerk.given().post("/api/meetings/{id}/approve", id).then().statusCode(200);

        List<ConsumerRecord<String, String>> records = eventsOf(id, (int) outboxRowsOf(id));
        List<JsonNode> events = records.stream().map(r -> read(r.value())).toList();
        JsonNode published = events.get(events.size() - 2);
        JsonNode approved = events.get(events.size() - 1);
        assertThat(events.get(0).at("/data/status").asText()).isEqualTo("PUBLISHED");
        assertThat(published.get("type").asText()).isEqualTo("minutes.meeting.published");
        assertThat(approved.get("type").asText()).isEqualTo("minutes.minutes.approved");
        assertThat(approved.at("/data/status").asText()).isEqualTo("APPROVED");
        assertThat(fieldsOf(published)).containsAll(fieldsOf(contract("minutes.meetings/meeting.published.json")));
        assertThat(fieldsOf(approved)).containsAll(fieldsOf(contract("minutes.meetings/minutes.approved.json")));
    }

    private static long outboxRowsOf(String meetingId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> OutboxEvent.count("aggregateId", UUID.fromString(meetingId)));
    }

    private List<ConsumerRecord<String, String>> eventsOf(String meetingId, int expected) {
        try (var consumer = kafka.consumeStrings().withGroupId("test-" + UUID.randomUUID())
                .withOffsetReset("earliest")
                .fromTopics(Set.of("minutes.meetings"),
                        records -> records.select().where(r -> meetingId.equals(r.key())))) {
            List<ConsumerRecord<String, String>> mine;
            try {
                mine = consumer.awaitRecords(expected, Duration.ofSeconds(90)).getRecords();
            } catch (AssertionError e) {
                // Says whether the relay or the broker held the events back.
                throw new AssertionError(e.getMessage() + "; outbox rows not yet acknowledged: " + unsent(), e);
            }
            assertThat(mine).hasSize(expected);
            // Every event this service publishes is a valid message of the contract, not only its shape.
            mine.forEach(r -> EventContract.load().assertValid(EventContract.MEETINGS, r.value()));
            return List.copyOf(mine);
        }
    }

    private static long unsent() {
        return OutboxEvent.count("sentAt IS NULL");
    }

    private static JsonNode read(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The AsyncAPI document's example named so, e.g. "minutes.meetings/item.recorded.json". */
    private static JsonNode contract(String name) {
        String[] parts = name.replaceFirst("\\.json$", "").split("/", 2);
        return EventContract.load().example(parts[0], parts[1]).payload();
    }

    /** Every field path of a JSON tree, arrays collapsed to their first element: the shape, not the values. */
    private static Set<String> fieldsOf(JsonNode node) {
        Set<String> paths = new TreeSet<>();
        collect("", node, paths);
        return paths;
    }

    private static void collect(String prefix, JsonNode node, Set<String> paths) {
        if (node.isObject()) {
            for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
                String name = names.next();
                paths.add(prefix + "/" + name);
                collect(prefix + "/" + name, node.get(name), paths);
            }
        } else if (node.isArray() && !node.isEmpty()) {
            collect(prefix + "[]", node.get(0), paths);
        }
    }
}
