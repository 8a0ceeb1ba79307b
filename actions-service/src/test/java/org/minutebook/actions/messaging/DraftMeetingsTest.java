package org.minutebook.actions.messaging;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.minutebook.actions.messaging.MeetingScript.action;
import static org.minutebook.actions.messaging.MeetingScript.deferredToNextMeeting;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.minutebook.shared.security.TestTokens;

import io.quarkus.test.junit.QuarkusTest;

/**
 * A draft meeting's actions, deferrals and the people known only through them are for officers and clerks; the public
 * sees them once minutes.meeting.published arrives. An event type this service does not know is a poison message.
 */
@QuarkusTest
class DraftMeetingsTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final KafkaClients kafka = new KafkaClients();

    @AfterEach
    void closeClients() {
        kafka.close();
    }

    @Test
    void shouldShowADraftsActionsAndDeferralsToThePublicOnlyOncePublished() {
        MeetingScript script = new MeetingScript();
        String actionId = UUID.randomUUID().toString();
        MeetingScript.Meeting meeting = script.meeting("2016-06-21", 2).draft()
                .item(1, "9", "Deferred business", deferredToNextMeeting())
                .item(2, "11", "Operation Raptor", null,
                        action(actionId, "Arrangements to be made for the Retail Crime Forum.", null,
                                "ACTION_COLUMN", "SJ"));
        MeetingScript.send(kafka, meeting);
        String deferralId = meeting.deferralId(0);

        await().atMost(PATIENCE).untilAsserted(() -> given().auth().oauth2(TestTokens.clerk())
                .get("/api/actions/{id}", actionId).then().statusCode(200));
        given().auth().oauth2(TestTokens.officer("Steve Johnson", "Cleveland Police"))
                .get("/api/deferrals/{id}", deferralId).then().statusCode(200);
        given().get("/api/actions/{id}", actionId).then().statusCode(404);
        given().get("/api/deferrals/{id}", deferralId).then().statusCode(404);
        given().queryParam("committee", script.committee).get("/api/actions").then().body("total", is(0));
        given().queryParam("committee", script.committee).get("/api/deferrals").then().body("total", is(0));
        // Steve Johnson of this script's own organisation is known only through the draft.
        given().queryParam("q", "Steve Johnson").queryParam("size", 100).get("/api/people").then()
                .body("results.organisation", not(hasItem(script.fireBrigade)));
        // The committee has only this draft: to the public it is not known at all.
        given().queryParam("before", "2099-01-01").get("/api/committees/{c}/matters-arising", script.committee)
                .then().statusCode(404);

        String published = meeting.published();
        kafka.sendEvent("minutes.meetings", published);
        kafka.sendEvent("minutes.meetings", published); // redelivered: changes nothing

        await().atMost(PATIENCE).untilAsserted(() -> given().get("/api/actions/{id}", actionId).then()
                .statusCode(200));
        given().get("/api/deferrals/{id}", deferralId).then().statusCode(200);
        given().queryParam("committee", script.committee).get("/api/actions").then().body("total", is(1));
        given().queryParam("q", "Steve Johnson").queryParam("size", 100).get("/api/people").then()
                .body("results.organisation", hasItem(script.fireBrigade));
        given().queryParam("before", "2099-01-01").get("/api/committees/{c}/matters-arising", script.committee)
                .then().body("actions.actionId", hasItem(actionId)).body("deferrals.deferralId", hasItem(deferralId));
    }

    @Test
    void shouldParkAnUnknownEventTypeWithTheReasonAndCarryOn() {
        MeetingScript script = new MeetingScript();
        MeetingScript.Meeting meeting = script.meeting("2016-07-19", 1);
        String renamed = meeting.events.get(0).replace("minutes.meeting.recorded", "minutes.meeting.renamed")
                .replaceFirst("\"id\":\"[^\"]+\"", "\"id\":\"" + UUID.randomUUID() + "\"");
        String actionId = UUID.randomUUID().toString();
        meeting.item(1, "4", "Anti-social behaviour", null, action(actionId, "Report back.", null, "TEXT"));

        try (KafkaClients.Reader dlq = kafka.reader("minutes.meetings.dlq")) {
            kafka.sendEvent("minutes.meetings", renamed);
            MeetingScript.send(kafka, meeting);

            await().atMost(PATIENCE).untilAsserted(() -> given().get("/api/actions/{id}", actionId).then()
                    .statusCode(200));
            await().atMost(PATIENCE).until(() -> dlq.poll().stream().anyMatch(r -> r.value().equals(renamed)));
            ConsumerRecord<String, String> parked = dlq.poll().stream().filter(r -> r.value().equals(renamed))
                    .findFirst().orElseThrow();
            String reason = new String(parked.headers().lastHeader("dead-letter-reason").value(),
                    StandardCharsets.UTF_8);
            assertTrue(reason.contains("minutes.meeting.renamed"), reason);
        }
    }
}
