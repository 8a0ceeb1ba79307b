package org.minutebook.actions.messaging;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.minutebook.actions.messaging.ContractEvents.ACTION_ID;
import static org.minutebook.actions.messaging.ContractEvents.ITEM_DEFERRED_RECORDED;
import static org.minutebook.actions.messaging.ContractEvents.ITEM_ID;
import static org.minutebook.actions.messaging.ContractEvents.ITEM_RECORDED;
import static org.minutebook.actions.messaging.ContractEvents.MEETING_ID;
import static org.minutebook.actions.messaging.ContractEvents.MEETING_RECORDED;
import static org.minutebook.actions.messaging.KafkaClients.json;

import java.time.Duration;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.minutebook.shared.security.TestTokens;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;

/** The same events delivered twice change nothing and publish nothing more. */
@QuarkusTest
class RedeliveryTest {

    private static final String TOPIC = "minutes.meetings";
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final KafkaClients kafka = new KafkaClients();

    @AfterEach
    void closeClients() {
        kafka.close();
    }

    @Test
    void shouldIgnoreRedeliveredEvents() {
        ContractEvents events = new ContractEvents();
        String meeting = events.load(MEETING_RECORDED);
        String item = events.load(ITEM_RECORDED);
        String deferred = events.load(ITEM_DEFERRED_RECORDED);
        String actionId = events.id(ACTION_ID);
        String meetingId = events.id(MEETING_ID);

        try (KafkaClients.Reader published = kafka.reader("minutes.actions")) {
            for (String event : List.of(meeting, item, deferred)) {
                kafka.sendEvent(TOPIC, event);
            }
            // Redelivered with the same ids; the item even changed, which must not be applied a second time.
            kafka.sendEvent(TOPIC, meeting);
            kafka.sendEvent(TOPIC, item.replace("Arrangements to be made", "CHANGED"));
            kafka.sendEvent(TOPIC, deferred);
            // A new item of the same meeting: same key, so it is consumed, and its action published, after the rest.
            ContractEvents later = events.sharing(MEETING_ID);
            kafka.sendEvent(TOPIC, later.load(ITEM_RECORDED));
            String laterActionId = later.id(ACTION_ID);

            await().atMost(PATIENCE)
                    .untilAsserted(() -> given().auth().oauth2(TestTokens.clerk())
                            .get("/api/actions/{id}", laterActionId).then()
                            .statusCode(200));
            given().auth().oauth2(TestTokens.clerk()).get("/api/actions/{id}", actionId).then()
                    .statusCode(200)
                    .body("description", is("Arrangements to be made for Cleveland Fire Brigade (Arson Reduction) "
                            + "to be involved with the Retail Crime Forum."));
            String ofMeeting = "results.findAll { it.meetingId == '" + meetingId + "' }";
            given().auth().oauth2(TestTokens.clerk()).queryParam("size", 200).get("/api/actions").then()
                    .body(ofMeeting + ".size()", is(2))
                    .body("results.findAll { it.itemId == '" + events.id(ITEM_ID) + "' }.size()", is(1));
            String deferralId = given().auth().oauth2(TestTokens.clerk()).queryParam("size", 200).get("/api/deferrals")
                    .then()
                    .body(ofMeeting + ".size()", is(1))
                    .extract().path(ofMeeting + "[0].id");

            // The relay publishes in outbox order: once the later action is out, any duplicate would be too.
            await().atMost(PATIENCE).until(() -> !published.poll().isEmpty() && !published.withKey(laterActionId)
                    .isEmpty());
            List<ConsumerRecord<String, String>> assigned = published.withKey(actionId);
            assertEquals(1, assigned.size(), "minutes.action.assigned published once for " + actionId);
            Contracts.assertPublished(assigned.get(0), "minutes.action.assigned", actionId, "action.assigned.json");
            JsonNode data = json(assigned.get(0).value()).get("data");
            assertEquals("John Lyons", data.at("/assignees/0/name").asText());
            assertEquals("Cleveland Fire Brigade", data.at("/assignees/1/organisation").asText());
            assertEquals("OPEN", data.get("status").asText());

            List<ConsumerRecord<String, String>> deferrals = published.withKey(deferralId);
            assertEquals(1, deferrals.size(), "minutes.item.deferred published once for " + deferralId);
            Contracts.assertPublished(deferrals.get(0), "minutes.item.deferred", deferralId, "item.deferred.json");
            assertEquals("Domestic Abuse National Comparisons",
                    json(deferrals.get(0).value()).at("/data/itemTitle").asText());
        }
    }
}
