package org.minutebook.actions.messaging;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.minutebook.actions.messaging.ContractEvents.ACTION_ID;
import static org.minutebook.actions.messaging.ContractEvents.ITEM_DEFERRED_RECORDED;
import static org.minutebook.actions.messaging.ContractEvents.ITEM_RECORDED;
import static org.minutebook.actions.messaging.ContractEvents.MEETING_ID;
import static org.minutebook.actions.messaging.ContractEvents.MEETING_RECORDED;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.minutebook.shared.security.TestTokens;

import io.quarkus.test.junit.QuarkusTest;

/** Contract events in through the real broker, their effect checked over HTTP as a clerk (the contract meeting is a draft). */
@QuarkusTest
class MeetingEventsConsumerTest {

    static final String TOPIC = "minutes.meetings";
    static final Duration PATIENCE = Duration.ofSeconds(30);

    private final KafkaClients kafka = new KafkaClients();

    @AfterEach
    void closeClients() {
        kafka.close();
    }

    @Test
    void shouldTrackActionAndDeferralFromRecordedMeeting() {
        ContractEvents events = new ContractEvents();
        kafka.sendEvent(TOPIC, events.load(MEETING_RECORDED));
        kafka.sendEvent(TOPIC, events.load(ITEM_RECORDED));
        kafka.sendEvent(TOPIC, events.load(ITEM_DEFERRED_RECORDED));
        String actionId = events.id(ACTION_ID);
        String meetingId = events.id(MEETING_ID);

        await().atMost(PATIENCE)
                .untilAsserted(() -> given().auth().oauth2(TestTokens.clerk()).get("/api/actions/{id}", actionId).then()
                        .statusCode(200)
                        .body("status", is("OPEN"))
                        .body("meetingId", is(meetingId))
                        .body("committee", is("Safer Stockton Partnership"))
                        .body("meetingDate", is("2016-06-21"))
                        .body("itemNumber", is("11"))
                        .body("itemTitle", is("Operation Raptor"))
                        .body("owners", contains("JL", "SJ"))
                        .body("assignees.initials", contains("JL", "SJ"))
                        .body("assignees.name", contains("John Lyons", "Steve Johnson"))
                        // Only the attendance knows the organisations: proof the service resolved the initials itself.
                        .body("assignees.organisation", contains("Cleveland Police", "Cleveland Fire Brigade"))
                        .body("unresolved", empty())
                        .body("allAttendees", is(false))
                        .body("source", is("ACTION_COLUMN")));

        given().auth().oauth2(TestTokens.clerk()).queryParam("status", "OPEN").queryParam("size", 200)
                .get("/api/actions").then()
                .statusCode(200)
                .body("results.find { it.id == '" + actionId + "' }.status", is("OPEN"));

        String deferral = "results.find { it.meetingId == '" + meetingId + "' }";
        await().atMost(PATIENCE).untilAsserted(() -> given().auth().oauth2(TestTokens.clerk())
                .queryParam("status", "OUTSTANDING").queryParam("size", 200)
                .get("/api/deferrals").then()
                .statusCode(200)
                .body(deferral + ".itemTitle", is("Domestic Abuse National Comparisons"))
                .body(deferral + ".itemNumber", is("9"))
                .body(deferral + ".until", is("NEXT_MEETING"))
                .body(deferral + ".untilDate", nullValue())
                .body(deferral + ".note", is("This item was deferred until the next meeting."))
                .body(deferral + ".status", is("OUTSTANDING")));
        String deferralId = given().auth().oauth2(TestTokens.clerk()).queryParam("status", "OUTSTANDING")
                .queryParam("size", 200)
                .get("/api/deferrals").then().extract().path(deferral + ".id");
        given().auth().oauth2(TestTokens.clerk()).get("/api/deferrals/{id}", deferralId).then()
                .statusCode(200)
                .body("itemId", is(events.id(ContractEvents.DEFERRED_ITEM_ID)));
    }

    @Test
    void shouldWithdrawActionsAndDeferralsOfASupersededRecord() {
        ContractEvents events = new ContractEvents();
        kafka.sendEvent(TOPIC, events.load(MEETING_RECORDED));
        kafka.sendEvent(TOPIC, events.load(ITEM_RECORDED));
        kafka.sendEvent(TOPIC, events.load(ITEM_DEFERRED_RECORDED));
        String meetingId = events.id(MEETING_ID);
        await().atMost(PATIENCE)
                .untilAsserted(() -> given().auth().oauth2(TestTokens.clerk())
                        .get("/api/actions/{id}", events.id(ACTION_ID)).then()
                        .statusCode(200));

        kafka.sendEvent(TOPIC, events.load(ContractEvents.MEETING_SUPERSEDED));

        await().atMost(PATIENCE)
                .untilAsserted(() -> given().auth().oauth2(TestTokens.clerk())
                        .get("/api/actions/{id}", events.id(ACTION_ID)).then()
                        .statusCode(404));
        given().auth().oauth2(TestTokens.clerk()).queryParam("size", 200).get("/api/deferrals").then()
                .statusCode(200)
                .body("results.findAll { it.meetingId == '" + meetingId + "' }", empty());
    }

    @Test
    void shouldFallBackToRecordedAssigneesWhenAttendanceIsUnknown() {
        ContractEvents events = new ContractEvents();
        // No meeting.recorded: nothing to resolve against, so the importer's view stands.
        kafka.sendEvent(TOPIC, events.load(ITEM_RECORDED));

        await().atMost(PATIENCE)
                .untilAsserted(() -> given().auth().oauth2(TestTokens.clerk())
                        .get("/api/actions/{id}", events.id(ACTION_ID)).then()
                        .statusCode(200)
                        .body("assignees.name", contains("John Lyons", "Steve Johnson"))
                        .body("assignees.organisation", contains(nullValue(), nullValue()))
                        .body("unresolved", empty()));
    }

    @Test
    void shouldSendUnreadableEventToDeadLetterTopic() {
        String key = java.util.UUID.randomUUID().toString();
        try (KafkaClients.Reader dlq = kafka.reader(TOPIC + ".dlq")) {
            kafka.send(TOPIC, key, "{ this is not a CloudEvent");

            await().atMost(PATIENCE).until(() -> !dlq.poll().isEmpty() && !dlq.withKey(key).isEmpty());
            assertEquals("{ this is not a CloudEvent", dlq.withKey(key).get(0).value());
        }
    }
}
