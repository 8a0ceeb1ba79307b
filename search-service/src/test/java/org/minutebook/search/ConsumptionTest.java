package org.minutebook.search;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.minutebook.search.support.Broker.ACTIONS;
import static org.minutebook.search.support.Broker.MEETINGS;
import static org.minutebook.search.support.Broker.publish;
import static org.minutebook.search.support.Broker.publishMarker;
import static org.minutebook.search.support.ContractEvents.ACTION_ASSIGNED;
import static org.minutebook.search.support.ContractEvents.CONTRACT_ITEM_11;
import static org.minutebook.search.support.ContractEvents.CONTRACT_ITEM_9;
import static org.minutebook.search.support.ContractEvents.DEFERRED_ITEM_RECORDED;
import static org.minutebook.search.support.ContractEvents.ITEM_DEFERRED;
import static org.minutebook.search.support.ContractEvents.ITEM_RECORDED;
import static org.minutebook.search.support.ContractEvents.MEETING_RECORDED;
import static org.minutebook.search.support.ContractEvents.RESOLUTION_RECORDED;
import static org.minutebook.search.support.ContractEvents.data;
import static org.minutebook.search.support.ContractEvents.republished;
import static org.minutebook.search.support.ContractEvents.uniqueWord;
import static org.minutebook.search.support.SearchApi.PATIENCE;
import static org.minutebook.search.support.SearchApi.awaitHit;
import static org.minutebook.search.support.SearchApi.awaitMeeting;
import static org.minutebook.search.support.SearchApi.hit;
import static org.minutebook.search.support.SearchApi.meeting;
import static org.minutebook.search.support.SearchApi.search;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
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
import io.restassured.path.json.JsonPath;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/** The consumers of both topics: idempotent on event ids, converging upserts, poison messages parked. */
@QuarkusTest
class ConsumptionTest {

    @Inject
    ReadModelProbe probe;

    @Test
    void shouldChangeNothingWhenEventsAreRedelivered() {
        ContractEvents contract = new ContractEvents();
        String word = uniqueWord();
        ObjectNode item = contract.load(ITEM_RECORDED);
        data(item).put("text", data(item).get("text").asText() + " " + word);
        ObjectNode[] events = {contract.load(MEETING_RECORDED), item, contract.load(RESOLUTION_RECORDED),
                contract.load(DEFERRED_ITEM_RECORDED)};
        publish(MEETINGS, events);
        awaitMeeting(contract.meetingId(), 2, 1);
        JsonPath before = search(word);

        publish(MEETINGS, events);
        awaitConsumed(MEETINGS, contract.meetingId());

        JsonPath after = search(word);
        assertEquals(1, after.getLong("total"));
        assertEquals(before.getList("results"), after.getList("results"));
        JsonPath meeting = meeting(contract.meetingId());
        assertEquals(2, meeting.getInt("itemCount"));
        assertEquals(1, meeting.getInt("resolutionCount"));
    }

    @Test
    void shouldDropASupersededRecordAndKeepItsCorrection() {
        ContractEvents contract = new ContractEvents();
        String oldWord = uniqueWord();
        String newWord = uniqueWord();
        ObjectNode item = contract.load(ITEM_RECORDED);
        data(item).put("text", oldWord);
        publish(MEETINGS, contract.load(MEETING_RECORDED), item, contract.load(RESOLUTION_RECORDED));
        awaitHit(oldWord, contract.id(CONTRACT_ITEM_11));

        // The corrected record: same meeting, its items under new ids, as meetings-service republishes it.
        ObjectNode corrected = republished(contract.load(ITEM_RECORDED));
        data(corrected).put("itemId", UUID.randomUUID().toString());
        data(corrected).put("text", newWord);
        publish(MEETINGS, contract.load(ContractEvents.MEETING_SUPERSEDED),
                republished(contract.load(MEETING_RECORDED)), corrected);

        String correctedId = data(corrected).get("itemId").asText();
        awaitHit(newWord, correctedId);
        assertEquals(0, search(oldWord).getLong("total"));
        assertEquals(1, meeting(contract.meetingId()).getInt("itemCount"));
    }

    @Test
    void shouldSkipEventWhoseIdWasAlreadyProcessed() {
        ContractEvents contract = new ContractEvents();
        String word = uniqueWord();
        ObjectNode item = contract.load(ITEM_RECORDED);
        publish(MEETINGS, contract.load(MEETING_RECORDED), item);
        awaitMeeting(contract.meetingId(), 1, 0);

        // Same event id, different content: only the id decides, so this must not be applied.
        ObjectNode sameId = item.deepCopy();
        data(sameId).put("title", "Operation Kestrel " + word);
        publish(MEETINGS, sameId);
        awaitConsumed(MEETINGS, contract.meetingId());

        assertEquals(0, search(word).getLong("total"));
        assertEquals("Operation Raptor", hit(search("Operation Raptor"), contract.id(CONTRACT_ITEM_11)).get("title"));
    }

    @Test
    void shouldUpsertRepublishedFactsWithoutDuplicates() {
        ContractEvents contract = new ContractEvents();
        String word = uniqueWord();
        ObjectNode item = contract.load(ITEM_RECORDED);
        ObjectNode resolution = contract.load(RESOLUTION_RECORDED);
        publish(MEETINGS, contract.load(MEETING_RECORDED), item, resolution);
        awaitMeeting(contract.meetingId(), 1, 1);

        ObjectNode corrected = republished(item);
        data(corrected).put("title", "Operation Raptor " + word);
        publish(MEETINGS, corrected, republished(resolution));
        awaitConsumed(MEETINGS, contract.meetingId());

        Map<String, Object> hit = awaitHit(word, contract.id(CONTRACT_ITEM_11));
        assertEquals("Operation Raptor " + word, hit.get("title"));
        assertEquals(1, search(word).getLong("total"));
        JsonPath meeting = meeting(contract.meetingId());
        assertEquals(1, meeting.getInt("itemCount"));
        assertEquals(1, meeting.getInt("resolutionCount"));
    }

    @Test
    void shouldRecordItemStatusFromActionEvents() {
        ContractEvents contract = new ContractEvents();
        ObjectNode action = contract.load(ACTION_ASSIGNED);
        publish(ACTIONS, action, contract.load(ITEM_DEFERRED));

        String item11 = contract.id(CONTRACT_ITEM_11);
        String item9 = contract.id(CONTRACT_ITEM_9);
        await().atMost(PATIENCE).until(() -> probe.itemStatus(item11).isPresent());
        await().atMost(PATIENCE).until(() -> probe.itemStatus(item9).isPresent());
        assertEquals(1, probe.itemStatus(item11).orElseThrow().get("openActions"));
        Map<String, Object> deferred = probe.itemStatus(item9).orElseThrow();
        assertEquals("OUTSTANDING", deferred.get("deferralStatus"));
        assertEquals("NEXT_MEETING", deferred.get("deferredUntil"));
        assertEquals(0, deferred.get("openActions"));

        // The same action redelivered and published again: still one open action, not three.
        publish(ACTIONS, action, republished(action));
        awaitConsumed(ACTIONS, action.get("subject").asText());
        assertEquals(1, probe.itemStatus(item11).orElseThrow().get("openActions"));
    }

    @Test
    void shouldParkUnreadableEventOnDeadLetterTopicAndCarryOn() {
        String key = UUID.randomUUID().toString();
        Broker.send(MEETINGS, key, "this is not a CloudEvent");

        try (KafkaCompanion companion = new KafkaCompanion(Broker.bootstrapServers())) {
            // By key: the dead-letter topic is shared, and other tests (or this class's batch test) park there too.
            ConsumerRecord<String, String> parked = companion.consumeStrings()
                    .withOffsetReset("earliest")
                    .fromTopics(Set.of("minutes.meetings.dlq"),
                            records -> records.select().where(r -> key.equals(r.key())))
                    .awaitRecords(1, Duration.ofSeconds(30))
                    .getFirstRecord();
            assertEquals(key, parked.key());
            assertEquals("this is not a CloudEvent", parked.value());
            String reason = new String(parked.headers().lastHeader("dead-letter-reason").value(),
                    StandardCharsets.UTF_8);
            assertTrue(reason.contains("not JSON"), "the reason travels with the parked message: " + reason);
        }
        // An operator sees it in the readiness report, which stays UP.
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'dead-letter topics' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'dead-letter topics' }.data.'minutes.meetings.dlq'",
                        greaterThanOrEqualTo(1));
        // The partition is not blocked: what follows on the same key is still applied.
        awaitConsumed(MEETINGS, key);
    }

    @Test
    void shouldParkOnlyThePoisonOfABatchAndApplyTheRest() {
        ContractEvents contract = new ContractEvents();
        String key = contract.meetingId();
        // Sent back to back on one partition, so that the consumer usually polls them as one batch.
        publish(MEETINGS, contract.load(MEETING_RECORDED));
        Broker.send(MEETINGS, key, "poison between good events");
        publish(MEETINGS, contract.load(ITEM_RECORDED), contract.load(RESOLUTION_RECORDED),
                contract.load(DEFERRED_ITEM_RECORDED));

        awaitMeeting(key, 2, 1);
        try (KafkaCompanion companion = new KafkaCompanion(Broker.bootstrapServers())) {
            var parked = companion.consumeStrings()
                    .withOffsetReset("earliest")
                    .fromTopics("minutes.meetings.dlq", Duration.ofSeconds(5))
                    .awaitCompletion()
                    .getRecords().stream()
                    .filter(r -> key.equals(r.key()))
                    .toList();
            assertEquals(1, parked.size(), "only the poison is parked, not the good events of its batch");
            assertEquals("poison between good events", parked.get(0).value());
        }
    }

    @Test
    void shouldAnswerNotFoundProblemForUnknownMeeting() {
        given().when().get("/api/meetings/{id}", UUID.randomUUID())
                .then().statusCode(404)
                .contentType("application/problem+json");
    }

    /** Everything published so far under this key has been consumed once a marker sent after it has. */
    private void awaitConsumed(String topic, String key) {
        String marker = publishMarker(topic, key);
        await().atMost(PATIENCE).until(() -> probe.processed(marker));
    }
}
