package org.minutebook.actions.messaging;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.minutebook.actions.messaging.MeetingScript.action;
import static org.minutebook.actions.messaging.MeetingScript.deferredToNextMeeting;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.minutebook.shared.security.TestTokens;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The public register is worked out as if drafts did not exist: a later draft that takes one deferred item and is held
 * without another, and whose date is the next meeting of an earlier action, changes officers' register at once and
 * the public's (and what minutes.actions says, which feeds the public stream) only when it is published.
 */
@QuarkusTest
class PublicRegisterTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final KafkaClients kafka = new KafkaClients();

    @AfterEach
    void closeClients() {
        kafka.close();
    }

    @Test
    void shouldKeepADraftsEffectOnEarlierEntriesFromThePublicUntilItIsPublished() {
        MeetingScript script = new MeetingScript();
        String actionId = UUID.randomUUID().toString();
        MeetingScript.Meeting june = script.meeting("2016-06-21", 3)
                .item(1, "9", "Domestic Abuse National Comparisons", deferredToNextMeeting())
                .item(2, "10", "Community Safety Plan", deferredToNextMeeting())
                .item(3, "11", "Operation Raptor", null,
                        action(actionId, "Arrangements to be made for the Retail Crime Forum.", null,
                                "ACTION_COLUMN", "SJ"));
        MeetingScript.Meeting july = script.meeting("2016-07-26", 2).draft()
                .item(1, "7", "Domestic Abuse – National Comparisons", null)
                .item(2, "8", "Any Other Business", null);
        String taken = june.deferralId(0);
        String carried = june.deferralId(1);
        String officer = TestTokens.officer("Steve Johnson", "Cleveland Police");

        try (KafkaClients.Reader events = kafka.reader("minutes.actions")) {
            MeetingScript.send(kafka, june, july);

            // Officers see what the draft did.
            await().atMost(PATIENCE).untilAsserted(() -> given().auth().oauth2(officer)
                    .get("/api/deferrals/{id}", taken).then().statusCode(200)
                    .body("status", is("RESOLVED")).body("resolvedBy.meetingId", is(july.id)));
            await().atMost(PATIENCE).untilAsserted(() -> given().auth().oauth2(officer)
                    .get("/api/deferrals/{id}", carried).then().body("timesCarriedForward", is(1)));
            given().auth().oauth2(officer).get("/api/actions/{id}", actionId).then()
                    .body("dueDate", is("2016-07-26")).body("overdue", is(true));

            // The public does not.
            given().get("/api/deferrals/{id}", taken).then().statusCode(200)
                    .body("status", is("OUTSTANDING")).body("resolvedBy", nullValue())
                    .body("timesCarriedForward", is(0));
            given().get("/api/deferrals/{id}", carried).then()
                    .body("timesCarriedForward", is(0)).body("flagged", is(false));
            given().queryParam("committee", script.committee).queryParam("status", "RESOLVED")
                    .get("/api/deferrals").then().body("total", is(0));
            given().get("/api/actions/{id}", actionId).then()
                    .body("dueDate", nullValue()).body("overdue", is(false));
            given().queryParam("committee", script.committee).queryParam("overdue", true).get("/api/actions")
                    .then().body("total", is(0));
            given().pathParam("c", script.committee).queryParam("before", "2016-07-01")
                    .get("/api/committees/{c}/matters-arising").then().statusCode(200)
                    .body("meetingId", nullValue()).body("meetingDate", nullValue())
                    .body("deferrals[0].timesCarriedForward", is(0))
                    .body("actions[0].dueDate", nullValue());
            given().auth().oauth2(officer).pathParam("c", script.committee).queryParam("before", "2016-07-01")
                    .get("/api/committees/{c}/matters-arising").then().body("meetingId", is(july.id));
            // The relay sends within moments of the commit: nothing naming the draft may come in that time.
            await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5))
                    .until(() -> mentioning(events, july.id).isEmpty());

            kafka.sendEvent("minutes.meetings", july.published());

            await().atMost(PATIENCE).untilAsserted(() -> given().get("/api/deferrals/{id}", taken).then()
                    .body("status", is("RESOLVED")).body("resolvedBy.meetingId", is(july.id)));
            await().atMost(PATIENCE).untilAsserted(() -> given().get("/api/deferrals/{id}", carried).then()
                    .body("timesCarriedForward", is(1)).body("flagged", is(true)));
            given().get("/api/actions/{id}", actionId).then().body("dueDate", is("2016-07-26"))
                    .body("overdue", is(true));
            await().atMost(PATIENCE).until(() -> {
                events.poll();
                return mentioning(events, july.id).size() == 2;
            });
            List<String> types = mentioning(events, july.id).stream()
                    .map(r -> KafkaClients.json(r.value()).get("type").asText()).sorted().toList();
            assertEquals(List.of("minutes.deferral.carried-forward", "minutes.deferral.resolved"), types);
        }
    }

    @Test
    void shouldNotKnowACommitteeToThePublicByItsDraftAlone() {
        MeetingScript script = new MeetingScript();
        MeetingScript.Meeting draft = script.meeting("2016-07-26", 1).draft()
                .item(1, "1", "Introductions", null);
        MeetingScript.send(kafka, draft);
        String officer = TestTokens.officer("Steve Johnson", "Cleveland Police");

        await().atMost(PATIENCE).untilAsserted(() -> given().auth().oauth2(officer).pathParam("c", script.committee)
                .queryParam("before", "2016-07-01").get("/api/committees/{c}/matters-arising").then()
                .statusCode(200).body("meetingDate", is("2016-07-26")));
        given().pathParam("c", script.committee).queryParam("before", "2016-07-01")
                .get("/api/committees/{c}/matters-arising").then().statusCode(404);
    }

    /** Events whose data names the meeting other than as their own: what the meeting did to earlier entries. */
    private static List<ConsumerRecord<String, String>> mentioning(KafkaClients.Reader events, String meetingId) {
        return events.poll().stream()
                .filter(r -> r.value().contains(meetingId))
                .filter(r -> !meetingId.equals(KafkaClients.json(r.value()).at("/data/meetingId").asText()))
                .toList();
    }
}
