package org.minutebook.actions.messaging;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.minutebook.actions.messaging.MeetingScript.action;
import static org.minutebook.shared.infra.DeadLetterClient.assertOpen;
import static org.minutebook.shared.infra.DeadLetterClient.assertParked;
import static org.minutebook.shared.infra.DeadLetterClient.deadLetter;
import static org.minutebook.shared.infra.DeadLetterClient.gauge;
import static org.minutebook.shared.infra.DeadLetterClient.list;
import static org.minutebook.shared.infra.DeadLetterClient.open;
import static org.minutebook.shared.infra.DeadLetterClient.replayPath;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.minutebook.shared.security.TestTokens;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Issue 20: a poison message (an item that names neither its committee nor its date, for a meeting this service has
 * not seen, so it cannot be placed) lands on the dead-letter topic, shows in the list and the metrics, fails again
 * while nothing is fixed, is replayed once the meeting arrives, and is applied once.
 */
@QuarkusTest
class DeadLetterReplayTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String DLQ = "minutes.meetings.dlq";

    private final KafkaClients kafka = new KafkaClients();

    @AfterEach
    void closeClients() {
        kafka.close();
    }

    @Test
    void shouldListCountReplayAndApplyAPoisonMessageOnce() {
        MeetingScript script = new MeetingScript();
        String actionId = UUID.randomUUID().toString();
        MeetingScript.Meeting meeting = script.meeting("2016-09-20", 1)
                .item(1, "6", "Community Safety Hubs", null, action(actionId, "Report on the hubs.", null, "TEXT"));
        ObjectNode item = (ObjectNode) KafkaClients.json(meeting.events.get(1));
        ((ObjectNode) item.get("data")).remove(List.of("committee", "date"));
        String eventId = item.get("id").asText();
        long openBefore = open(list(), DLQ);

        kafka.sendEvent("minutes.meetings", item.toString());

        Map<String, Object> parked = await().atMost(PATIENCE).until(() -> deadLetter(eventId), d -> d != null);
        assertParked(parked, "actions-service", "minutes.meetings", "minutes.item.recorded", DLQ, "committee");
        String path = replayPath(parked);
        assertOpen(DLQ, openBefore + 1);

        // Nothing fixed yet: it fails again, says why, and stays open.
        given().auth().oauth2(TestTokens.clerk()).post(path).then().statusCode(409)
                .contentType("application/problem+json").body("reason", containsString("committee"));
        assertEquals(openBefore + 1, open(list(), DLQ));

        // The fix: the meeting arrives, so the item can take its committee and date.
        kafka.sendEvent("minutes.meetings", meeting.events.get(0));
        await().atMost(PATIENCE).pollInterval(Duration.ofSeconds(1)).until(
                () -> given().auth().oauth2(TestTokens.clerk()).post(path).statusCode() == 200);

        given().auth().oauth2(TestTokens.clerk()).get("/api/actions/{id}", actionId).then().statusCode(200)
                .body("committee", equalTo(script.committee));
        // Replayed again, and the original delivered again: the inbox keeps it to one effect.
        given().auth().oauth2(TestTokens.clerk()).post(path).then().statusCode(200).body("replayed", is(true));
        kafka.sendEvent("minutes.meetings", meeting.events.get(1));
        given().auth().oauth2(TestTokens.clerk()).post("/api/admin/dead-letters/replay").then().statusCode(200);
        await().during(Duration.ofSeconds(3)).atMost(PATIENCE).untilAsserted(() -> given()
                .auth().oauth2(TestTokens.clerk()).queryParam("committee", script.committee).get("/api/actions")
                .then().body("total", is(1)));

        assertEquals(true, deadLetter(eventId).get("replayed"));
        assertEquals(openBefore, open(list(), DLQ));
        assertEquals(openBefore, (long) gauge("minutebook_dead_letters_depth", DLQ));
    }

    @Test
    void shouldAnswerProblemsAndLetOnlyAClerkIn() {
        given().get("/api/admin/dead-letters").then().statusCode(401);
        given().auth().oauth2(TestTokens.officer("Steve Johnson", "Cleveland Police")).get("/api/admin/dead-letters")
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.officer("Steve Johnson", "Cleveland Police"))
                .post("/api/admin/dead-letters/replay").then().statusCode(403);
        given().auth().oauth2(TestTokens.clerk()).post("/api/admin/dead-letters/" + DLQ + "/0/999999999/replay")
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.clerk()).post("/api/admin/dead-letters/" + DLQ + "/first/0/replay")
                .then().statusCode(400).contentType("application/problem+json")
                .body(containsString("partition"));
        given().auth().oauth2(TestTokens.clerk()).queryParam("size", 0).get("/api/admin/dead-letters").then()
                .statusCode(400).body(containsString("size"));
    }

    @Test
    void shouldListARecordThatIsNoEnvelopeAndRefuseItsReplayWithTheReason() {
        String key = UUID.randomUUID().toString();
        kafka.send("minutes.meetings", key, "not an envelope at all");

        Map<String, Object> parked = await().atMost(PATIENCE).until(() -> list().<Map<String, Object>>getList(
                "results").stream().filter(d -> key.equals(d.get("key"))).findFirst().orElse(null), d -> d != null);
        assertEquals(null, parked.get("eventId"));
        given().auth().oauth2(TestTokens.clerk())
                .post("/api/admin/dead-letters/" + DLQ + "/" + parked.get("partition") + "/" + parked.get("offset")
                        + "/replay")
                .then().statusCode(409).contentType("application/problem+json")
                .body("reason", containsString("not JSON"));
    }
}
