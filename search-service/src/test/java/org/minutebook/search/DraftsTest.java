package org.minutebook.search;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.minutebook.search.support.Broker.MEETINGS;
import static org.minutebook.search.support.Broker.publish;
import static org.minutebook.search.support.Broker.publishMarker;
import static org.minutebook.search.support.ContractEvents.ITEM_RECORDED;
import static org.minutebook.search.support.ContractEvents.MEETING_PUBLISHED;
import static org.minutebook.search.support.ContractEvents.RESOLUTION_RECORDED;
import static org.minutebook.search.support.ContractEvents.data;
import static org.minutebook.search.support.ContractEvents.uniqueWord;
import static org.minutebook.search.support.SearchApi.PATIENCE;
import static org.minutebook.search.support.SearchApi.search;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.minutebook.search.support.Broker;
import org.minutebook.search.support.ContractEvents;
import org.minutebook.search.support.ReadModelProbe;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/**
 * A draft meeting is kept but shown nowhere until minutes.meeting.published arrives: not in search, decisions,
 * meetings or sync. An event type search does not know is a poison message.
 */
@QuarkusTest
class DraftsTest {

    @Inject
    ReadModelProbe probe;

    @Test
    void shouldShowADraftOnlyOnceItIsPublished() {
        ContractEvents contract = new ContractEvents();
        String committee = "Draft Partnership " + UUID.randomUUID().toString().substring(0, 8);
        String word = uniqueWord();
        ObjectNode meeting = contract.draft();
        ObjectNode item = contract.load(ITEM_RECORDED);
        data(item).put("text", "Discussed " + word);
        ObjectNode[] events = {meeting, item, contract.load(RESOLUTION_RECORDED)};
        for (ObjectNode event : events) {
            data(event).put("committee", committee);
        }
        publish(MEETINGS, events);
        awaitConsumed(contract.meetingId());

        assertEquals(0, search(word).getLong("total"));
        given().get("/api/meetings/{id}", contract.meetingId()).then().statusCode(404);
        given().get("/api/meetings/{id}/summary", contract.meetingId()).then().statusCode(404);
        given().queryParam("committee", committee).get("/api/meetings").then().body("total", equalTo(0));
        given().queryParam("committee", committee).get("/api/decisions").then().body("total", equalTo(0));
        Instant beforePublication = Instant.now();

        ObjectNode published = contract.load(MEETING_PUBLISHED);
        data(published).put("committee", committee);
        publish(MEETINGS, published, published); // the second is a redelivery: changes nothing

        await().atMost(PATIENCE).until(() -> search(word).getLong("total") == 1);
        given().get("/api/meetings/{id}", contract.meetingId()).then().statusCode(200)
                .body("status", equalTo("PUBLISHED"));
        given().queryParam("committee", committee).get("/api/decisions").then().body("total", equalTo(1));
        // A sync client that last looked before publication now gets the meeting and its items.
        given().queryParam("committee", committee).queryParam("modifiedSince", beforePublication.toString())
                .get("/api/meetings").then().body("results.id", hasItem(contract.meetingId()));
        given().queryParam("q", word).queryParam("modifiedSince", beforePublication.toString())
                .get("/api/search").then().body("total", equalTo(1));
    }

    @Test
    void shouldParkAnUnknownEventTypeWithItsReasonAndCarryOn() {
        ContractEvents contract = new ContractEvents();
        ObjectNode renamed = contract.load(MEETING_PUBLISHED).put("type", "minutes.meeting.renamed");
        String key = renamed.get("subject").asText();
        publish(MEETINGS, renamed);

        try (KafkaCompanion companion = new KafkaCompanion(Broker.bootstrapServers())) {
            ConsumerRecord<String, String> parked = companion.consumeStrings().withOffsetReset("earliest")
                    .fromTopics(Set.of("minutes.meetings.dlq"),
                            records -> records.select().where(r -> key.equals(r.key())))
                    .awaitRecords(1, Duration.ofSeconds(30)).getFirstRecord();
            String reason = new String(parked.headers().lastHeader("dead-letter-reason").value(),
                    StandardCharsets.UTF_8);
            assertTrue(reason.contains("minutes.meeting.renamed"), reason);
        }
        assertTrue(!probe.processed(renamed.get("id").asText()), "a parked event is not marked as processed");
        awaitConsumed(key); // the partition carries on
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.name", hasItem("dead-letter topics"))
                .body("checks.find { it.name == 'dead-letter topics' }.status", not(equalTo("DOWN")));
    }

    private void awaitConsumed(String key) {
        String marker = publishMarker(MEETINGS, key);
        await().atMost(PATIENCE).until(() -> probe.processed(marker));
    }
}
