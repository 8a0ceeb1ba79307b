package org.minutebook.actions.messaging;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.minutebook.actions.messaging.DeferralRegisterTest.ofType;
import static org.minutebook.actions.messaging.MeetingScript.action;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.minutebook.shared.security.TestTokens;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Officers moving actions through their lifecycle over PATCH: transitions, history, conflicts, events. */
@QuarkusTest
class ActionLifecycleTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String PROBLEM = "application/problem+json";

    private final KafkaClients kafka = new KafkaClients();

    @AfterEach
    void closeClients() {
        kafka.close();
    }

    @Test
    void shouldFollowTheLifecycleKeepHistoryAndPublishEachChangeOnce() {
        String id = recordAction(new MeetingScript());

        try (KafkaClients.Reader published = kafka.reader("minutes.actions")) {
            patch(id, "{\"status\":\"IN_PROGRESS\",\"note\":\"Forum contacted\"}")
                    .statusCode(200)
                    .body("status", is("IN_PROGRESS"))
                    .body("version", is(1))
                    .body("history", hasSize(1))
                    .body("history[0].by", is("Claire Sills"))
                    .body("history[0].from", is("OPEN"))
                    .body("history[0].to", is("IN_PROGRESS"))
                    .body("history[0].note", is("Forum contacted"));
            patch(id, "{\"status\":\"DONE\",\"note\":\"Attending since August\"}")
                    .statusCode(200)
                    .body("status", is("DONE"));

            patch(id, "{\"status\":\"OPEN\"}")
                    .statusCode(409)
                    .contentType(PROBLEM)
                    .body("detail", containsString("reopen"))
                    .body("currentStatus", is("DONE"));
            patch(id, "{\"status\":\"CANCELLED\"}").statusCode(409);
            patchAs("Chris Dunwell", id, "{\"status\":\"OPEN\",\"reopen\":true,\"note\":\"Forum lapsed\"}")
                    .statusCode(200)
                    .body("status", is("OPEN"))
                    .body("history.to", contains("IN_PROGRESS", "DONE", "OPEN"))
                    .body("history[2].reopen", is(true))
                    .body("history[2].by", is("Chris Dunwell"));

            await().atMost(PATIENCE).until(() -> !published.poll().isEmpty()
                    && ofType(published.withKey(id), "minutes.action.updated").size() >= 3);
            List<ConsumerRecord<String, String>> updated = ofType(published.withKey(id), "minutes.action.updated");
            assertEquals(3, updated.size(), "one minutes.action.updated per change");
            Contracts.assertPublished(updated.get(0), "minutes.action.updated", id, "action.updated.json");
            JsonNode first = KafkaClients.json(updated.get(0).value()).get("data");
            assertEquals("OPEN", first.get("fromStatus").asText());
            assertEquals("IN_PROGRESS", first.get("toStatus").asText());
            assertEquals("Claire Sills", first.get("changedBy").asText());
            List<ConsumerRecord<String, String>> completed = ofType(published.withKey(id), "minutes.action.completed");
            assertEquals(1, completed.size(), "minutes.action.completed published once");
            Contracts.assertPublished(completed.get(0), "minutes.action.completed", id, "action.completed.json");
        }
    }

    @Test
    void shouldRejectUnknownStatusAndAnonymousChangesNamingTheField() {
        String id = recordAction(new MeetingScript());

        patch(id, "{\"status\":\"FINISHED\"}")
                .statusCode(400)
                .contentType(PROBLEM)
                .body("violations[0].field", is("status"))
                .body("violations[0].message", containsString("IN_PROGRESS"));
        // A due date JDBC would read in the Julian calendar is no date of the register's.
        patch(id, "{\"dueDate\":\"1500-03-10\"}")
                .statusCode(400)
                .contentType(PROBLEM)
                .body("violations[0].field", is("dueDate"));
        // Who made the change is the caller: without a token there is no one to record.
        given().contentType(ContentType.JSON).body("{\"status\":\"DONE\"}").patch("/api/actions/{id}", id).then()
                .statusCode(401).contentType(PROBLEM);
        patch(id, "{\"status\":\"DONE\",\"reopen\":true}")
                .statusCode(400)
                .body("violations[0].field", is("reopen"));
        patch(id, "{}").statusCode(400).contentType(PROBLEM);
        patch(id, "{\"dueDate\":\"2016-13-01\"}")
                .statusCode(400)
                .body("violations[0].field", is("dueDate"));
        patch(UUID.randomUUID().toString(), "{\"status\":\"DONE\"}").statusCode(404);
        given().get("/api/actions/{id}", id).then().body("status", is("OPEN")).body("history", empty());
    }

    @Test
    void shouldReassignAndRedateLeavingNothingUnresolved() {
        MeetingScript script = new MeetingScript();
        String id = UUID.randomUUID().toString();
        MeetingScript.send(kafka, script.meeting("2016-06-21", 1).item(1, "5", "Anti-social Behaviour", null,
                action(id, "Report back on hot spots.", null, "ACTION_COLUMN", "XY", "ALL to Note")));
        await().atMost(PATIENCE).untilAsserted(() -> given().get("/api/actions/{id}", id).then()
                .statusCode(200)
                .body("unresolved", contains("XY"))
                .body("allAttendees", is(true)));

        patch(id, "{\"assignees\":[{\"name\":\"Steven Hume\",\"organisation\":\"SBC\"}],\"dueDate\":\"2016-09-01\"}")
                .statusCode(200)
                .body("assignees.name", contains("Steven Hume"))
                .body("assignees[0].initials", nullValue())
                .body("unresolved", empty())
                .body("allAttendees", is(false))
                .body("dueDate", is("2016-09-01"))
                .body("dueAtNextMeeting", is(false))
                .body("history[0].assignees.name", contains("Steven Hume"))
                .body("history[0].dueDate", is("2016-09-01"));
    }

    @Test
    void shouldNotLoseAnUpdateWhenTwoOfficersChangeTheSameVersion() throws Exception {
        String id = recordAction(new MeetingScript());
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Integer>> calls = List.of("DONE", "CANCELLED").stream()
                .map(status -> CompletableFuture.supplyAsync(() -> {
                    waitFor(start);
                    return patchAs("Clerk " + status, id, "{\"status\":\"" + status + "\",\"version\":0}")
                            .extract().statusCode();
                }))
                .toList();
        start.countDown();
        List<Integer> statuses = calls.stream().map(CompletableFuture::join).toList();

        assertEquals(List.of(200, 409), statuses.stream().sorted().toList(), "one wins, the other is told");
        given().get("/api/actions/{id}", id).then()
                .body("history", hasSize(1))
                .body("version", is(1))
                .body("status", anyOf(is("DONE"), is("CANCELLED")));
        patch(id, "{\"note\":\"stale form\",\"version\":0}")
                .statusCode(409)
                .body("currentVersion", is(1));
    }

    /** Records a meeting with one action, JL/ SJ, and waits until it is tracked. */
    private String recordAction(MeetingScript script) {
        String id = UUID.randomUUID().toString();
        MeetingScript.send(kafka, script.meeting("2016-06-21", 1).item(1, "11", "Operation Raptor", null,
                action(id, "Arrangements to be made for the Retail Crime Forum.", null, "ACTION_COLUMN", "JL/ SJ")));
        await().atMost(PATIENCE).untilAsserted(() -> given().get("/api/actions/{id}", id).then().statusCode(200));
        return id;
    }

    /** A clerk's change, made as Claire Sills. */
    static ValidatableResponse patch(String id, String body) {
        return patchAs("Claire Sills", id, body);
    }

    /** A change by the clerk named: the history records who made it from their token. */
    static ValidatableResponse patchAs(String clerk, String id, String body) {
        return given().auth().oauth2(TestTokens.clerk(clerk)).contentType(ContentType.JSON).body(body)
                .patch("/api/actions/{id}", id).then();
    }

    private static void waitFor(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
