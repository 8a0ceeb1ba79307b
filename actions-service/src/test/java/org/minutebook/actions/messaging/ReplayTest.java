package org.minutebook.actions.messaging;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.minutebook.actions.messaging.ActionLifecycleTest.patch;
import static org.minutebook.actions.messaging.DeferralRegisterTest.ofType;
import static org.minutebook.actions.messaging.MeetingScript.action;
import static org.minutebook.actions.messaging.MeetingScript.deferredToNextMeeting;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Rebuilding the register from the topics into an empty database gives the same register, officers' changes
 * included: minutes.meetings gives what the minutes say, minutes.action.updated on minutes.actions what officers
 * changed.
 */
@QuarkusTest
class ReplayTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Inject
    DataSource dataSource;

    private final KafkaClients kafka = new KafkaClients();

    @AfterEach
    void closeClients() {
        kafka.close();
    }

    @Test
    void shouldRebuildTheSameRegisterFromTheTopicsIncludingOfficersChanges() throws SQLException {
        MeetingScript script = new MeetingScript();
        String done = UUID.randomUUID().toString();
        String reassigned = UUID.randomUUID().toString();
        String untouched = UUID.randomUUID().toString();
        MeetingScript.Meeting june = script.meeting("2016-06-21", 3)
                .item(1, "9", "Domestic Abuse National Comparisons", deferredToNextMeeting())
                .item(2, "10", "Community Safety Plan", deferredToNextMeeting())
                .item(3, "11", "Operation Raptor", null,
                        action(done, "Retail Crime Forum.", null, "ACTION_COLUMN", "JL/ SJ"),
                        action(reassigned, "Comments back to the Board.", null, "TEXT", "XY"),
                        action(untouched, "Everyone to note.", null, "ACTION_COLUMN", "ALL to Note"));
        MeetingScript.Meeting july = script.meeting("2016-07-26", 1)
                .item(1, "7", "Domestic Abuse – National Comparisons", null);
        List<ConsumerRecord<String, String>> officerChanges;
        String before;
        try (KafkaClients.Reader published = kafka.reader("minutes.actions")) {
            MeetingScript.send(kafka, june, july);
            await().atMost(PATIENCE).untilAsserted(() -> given().get("/api/deferrals/{id}", june.deferralId(1))
                    .then().body("timesCarriedForward", is(1)));
            patch(done, "{\"status\":\"IN_PROGRESS\"}").statusCode(200);
            patch(done, "{\"status\":\"DONE\"}").statusCode(200);
            patch(reassigned, "{\"assignees\":[{\"name\":\"Steven Hume\"}],\"dueDate\":\"2016-12-01\"}")
                    .statusCode(200);
            before = register(script);

            await().atMost(PATIENCE).until(() -> !published.poll().isEmpty()
                    && ofType(published.withKey(done), "minutes.action.updated").size() == 2
                    && ofType(published.withKey(reassigned), "minutes.action.updated").size() == 1);
            officerChanges = new ArrayList<>(ofType(published.withKey(done), "minutes.action.updated"));
            officerChanges.addAll(ofType(published.withKey(reassigned), "minutes.action.updated"));
        }

        wipeDatabase();
        given().get("/api/actions/{id}", done).then().statusCode(404);

        // The topics again, from the start, in an unhelpful order: officers' changes before the minutes they change,
        // and the later meeting before the earlier one, as separate partitions may deliver them.
        officerChanges.forEach(r -> kafka.send("minutes.actions", r.key(), r.value()));
        MeetingScript.send(kafka, july, june);

        await().atMost(PATIENCE).untilAsserted(() -> assertEquals(before, register(script)));
        given().get("/api/actions/{id}", done).then()
                .body("status", is("DONE"))
                .body("history.to", org.hamcrest.Matchers.contains("IN_PROGRESS", "DONE"));
    }

    /** The register of the script's committee as text: ids, statuses, assignees, due dates, deferral outcomes. */
    private static String register(MeetingScript script) {
        List<Map<String, Object>> actions = given().queryParam("committee", script.committee).queryParam("size", 200)
                .get("/api/actions").then().statusCode(200).extract().path("results");
        List<Map<String, Object>> deferrals = given().queryParam("committee", script.committee)
                .queryParam("size", 200).get("/api/deferrals").then().statusCode(200).extract().path("results");
        StringBuilder out = new StringBuilder();
        for (Map<String, Object> a : actions) {
            out.append(a.get("id")).append(' ').append(a.get("status")).append(' ').append(a.get("assignees"))
                    .append(' ').append(a.get("unresolved")).append(' ').append(a.get("allAttendees")).append(' ')
                    .append(a.get("dueDate")).append(' ').append(a.get("version") != null).append('\n');
        }
        for (Map<String, Object> d : deferrals) {
            out.append(d.get("id")).append(' ').append(d.get("status")).append(' ')
                    .append(d.get("timesCarriedForward")).append(' ').append(d.get("resolvedBy")).append('\n');
        }
        return out.toString();
    }

    private void wipeDatabase() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("TRUNCATE processed_event, meeting, meeting_attendee, meeting_item, tracked_action, "
                    + "action_assignee, action_change, person, deferral, deferral_carry, outbox_event CASCADE");
        }
    }
}
