package org.minutebook.actions.messaging;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.minutebook.actions.messaging.DeferralRegisterTest.ofType;
import static org.minutebook.actions.messaging.MeetingScript.action;
import static org.minutebook.actions.messaging.MeetingScript.deferredToNextMeeting;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.minutebook.shared.security.TestTokens;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Two meetings' events polled together, so that their items are applied in runs (RecordedItems), with an item
 * recorded a second time in the same batch: the register ends as the events one by one leave it, and each event
 * is announced once.
 */
@QuarkusTest
class SetApplyTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final KafkaClients kafka = new KafkaClients();

    @AfterEach
    void closeClients() {
        kafka.close();
    }

    @Test
    void shouldApplyTwoMeetingsPolledTogetherAsOneByOne() {
        MeetingScript script = new MeetingScript();
        String actionId = UUID.randomUUID().toString();
        String otherAction = UUID.randomUUID().toString();
        MeetingScript.Meeting june = script.meeting("2016-06-21", 3)
                .item(1, "9", "Domestic Abuse National Comparisons", deferredToNextMeeting())
                .item(2, "10", "Community Safety Plan", deferredToNextMeeting())
                .item(3, "11", "Operation Raptor", null,
                        action(actionId, "Arrangements to be made for the Retail Crime Forum.", null,
                                "ACTION_COLUMN", "JL/ SJ"),
                        action(otherAction, "Steven Hume would take comments back to the Board.", "2016-07-01",
                                "TEXT", "Steven Hume"));
        MeetingScript.Meeting july = script.meeting("2016-07-26", 2)
                .item(7, "7", "Domestic Abuse – National Comparisons", null)
                .item(8, "8", "Any Other Business", null);
        // June's third item recorded again (a new event, not a redelivery), its first action reworded.
        ObjectNode again = (ObjectNode) KafkaClients.json(june.events.get(3));
        again.put("id", UUID.randomUUID().toString());
        ((ObjectNode) again.at("/data/actions/0")).put("description", "Arrangements made for the Retail Crime Forum.");
        List<String> events = new ArrayList<>(june.events);
        events.add(again.toString());
        events.addAll(july.events);
        String taken = june.deferralId(0);
        String carried = june.deferralId(1);

        try (KafkaClients.Reader published = kafka.reader("minutes.actions")) {
            kafka.sendTogether("minutes.meetings", june.id, events);

            await().atMost(PATIENCE).untilAsserted(() -> given().get("/api/deferrals/{id}", carried).then()
                    .statusCode(200)
                    .body("status", is("OUTSTANDING"))
                    .body("timesCarriedForward", is(1)));
            given().get("/api/deferrals/{id}", taken).then()
                    .body("status", is("RESOLVED"))
                    .body("timesCarriedForward", is(0))
                    .body("resolvedBy.meetingId", is(july.id))
                    .body("resolvedBy.itemNumber", is("7"));
            given().auth().oauth2(TestTokens.clerk()).get("/api/actions/{id}", actionId).then()
                    .statusCode(200)
                    .body("description", is("Arrangements made for the Retail Crime Forum."))
                    .body("dueDate", is("2016-07-26"))
                    .body("dueAtNextMeeting", is(true))
                    .body("assignees.name", contains("John Lyons", "Steve Johnson"));
            given().get("/api/actions/{id}", otherAction).then()
                    .body("dueDate", is("2016-07-01"))
                    .body("unresolved", contains("Steven Hume"));
            given().queryParam("meeting", june.id).get("/api/actions").then()
                    .body("results.id", contains(actionId, otherAction));

            await().atMost(PATIENCE).until(() -> !published.poll().isEmpty()
                    && ofType(published.withKey(taken), "minutes.deferral.resolved").size() == 1
                    && ofType(published.withKey(carried), "minutes.deferral.carried-forward").size() == 1);
            assertEquals(1, ofType(published.withKey(actionId), "minutes.action.assigned").size());
            assertEquals(1, ofType(published.withKey(otherAction), "minutes.action.assigned").size());
            assertEquals(1, ofType(published.withKey(taken), "minutes.item.deferred").size());
            assertEquals(1, ofType(published.withKey(carried), "minutes.item.deferred").size());
            Contracts.assertPublished(published.withKey(actionId).get(0), "minutes.action.assigned", actionId,
                    "action.assigned.json");
        }
    }
}
