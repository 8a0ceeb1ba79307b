package org.minutebook.actions.messaging;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.minutebook.actions.messaging.MeetingScript.action;
import static org.minutebook.actions.messaging.MeetingScript.deferredToNextMeeting;
import static org.minutebook.actions.messaging.MeetingScript.deferredUntil;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;

/** Deferrals closed or carried forward by later meetings, next-meeting due dates, and the matters arising. */
@QuarkusTest
class DeferralRegisterTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final KafkaClients kafka = new KafkaClients();

    @AfterEach
    void closeClients() {
        kafka.close();
    }

    @Test
    void shouldResolveDeferralTakenUnderADashVariantTitleAndCarryForwardTheOther() {
        MeetingScript script = new MeetingScript();
        String nextMeetingAction = UUID.randomUUID().toString();
        String datedAction = UUID.randomUUID().toString();
        MeetingScript.Meeting june = script.meeting("2016-06-21", 4)
                .item(12, "9", "Domestic Abuse National Comparisons", deferredToNextMeeting())
                .item(13, "10", "Community Safety Plan", deferredToNextMeeting())
                .item(14, "11", "Operation Raptor", null,
                        action(nextMeetingAction, "Arrangements to be made for the Retail Crime Forum.", null,
                                "ACTION_COLUMN", "JL/ SJ"),
                        action(datedAction, "Steven Hume would take comments back to the Board.", "2016-07-01",
                                "TEXT", "Steven Hume"))
                .item(15, "12", "Road Safety", deferredUntil("2016-08-31"));
        MeetingScript.Meeting july = script.meeting("2016-07-26", 2)
                .item(7, "7", "Domestic Abuse – National Comparisons", null)
                .item(8, "8", "Any Other Business", null);
        String taken = june.deferralId(0);
        String carried = june.deferralId(1);
        String untilDate = june.deferralId(3);

        try (KafkaClients.Reader published = kafka.reader("minutes.actions")) {
            MeetingScript.send(kafka, june, july);

            await().atMost(PATIENCE).untilAsserted(() -> given().get("/api/deferrals/{id}", carried).then()
                    .statusCode(200)
                    .body("status", is("OUTSTANDING"))
                    .body("timesCarriedForward", is(1))
                    .body("flagged", is(true)));
            given().get("/api/deferrals/{id}", taken).then()
                    .body("status", is("RESOLVED"))
                    .body("timesCarriedForward", is(0))
                    .body("resolvedBy.meetingId", is(july.id))
                    .body("resolvedBy.meetingDate", is("2016-07-26"))
                    .body("resolvedBy.itemNumber", is("7"))
                    .body("resolvedBy.itemTitle", is("Domestic Abuse – National Comparisons"));
            // Deferred until a date after July's meeting: not expected there, so not carried past it.
            given().get("/api/deferrals/{id}", untilDate).then()
                    .body("status", is("OUTSTANDING"))
                    .body("timesCarriedForward", is(0))
                    .body("overdue", is(true));

            given().get("/api/actions/{id}", nextMeetingAction).then()
                    .body("dueDate", is("2016-07-26"))
                    .body("dueAtNextMeeting", is(true))
                    .body("inferred", is(false));
            // One meeting's actions and deferrals, as its page shows them.
            given().queryParam("meeting", june.id).get("/api/actions").then()
                    .statusCode(200)
                    .body("results.id", contains(nextMeetingAction, datedAction));
            given().queryParam("meeting", july.id).get("/api/actions").then()
                    .body("total", is(0));
            given().queryParam("meeting", june.id).get("/api/deferrals").then()
                    .body("results.id", contains(taken, carried, untilDate));
            given().queryParam("meeting", "june").get("/api/deferrals").then()
                    .statusCode(400)
                    .body(containsString("meeting"));
            given().get("/api/actions/{id}", datedAction).then()
                    .body("dueDate", is("2016-07-01"))
                    .body("dueAtNextMeeting", is(false))
                    .body("source", is("TEXT"))
                    .body("inferred", is(true))
                    .body("unresolved", contains("Steven Hume"));

            await().atMost(PATIENCE).until(() -> !published.poll().isEmpty()
                    && !published.withKey(carried).isEmpty() && !published.withKey(taken).isEmpty()
                    && published.withKey(taken).size() >= 2);
            List<ConsumerRecord<String, String>> resolved = ofType(published.withKey(taken),
                    "minutes.deferral.resolved");
            assertEquals(1, resolved.size(), "minutes.deferral.resolved published once");
            Contracts.assertPublished(resolved.get(0), "minutes.deferral.resolved", taken, "deferral.resolved.json");
            JsonNode data = KafkaClients.json(resolved.get(0).value()).get("data");
            assertEquals(july.id, data.get("resolvedMeetingId").asText());
            assertEquals("7", data.get("resolvedItemNumber").asText());

            List<ConsumerRecord<String, String>> carriedForward = ofType(published.withKey(carried),
                    "minutes.deferral.carried-forward");
            assertEquals(1, carriedForward.size(), "minutes.deferral.carried-forward published once");
            Contracts.assertPublished(carriedForward.get(0), "minutes.deferral.carried-forward", carried,
                    "deferral.carried-forward.json");
            data = KafkaClients.json(carriedForward.get(0).value()).get("data");
            assertEquals(1, data.get("timesCarriedForward").asInt());
            assertEquals("2016-07-26", data.get("carriedPastMeetingDate").asText());
            assertEquals(List.of(), ofType(published.withKey(untilDate), "minutes.deferral.carried-forward"));
        }

        // For July's meeting: everything from June, as it stood before July took one of the deferred items.
        given().pathParam("c", script.committee).queryParam("before", "2016-07-26")
                .get("/api/committees/{c}/matters-arising").then()
                .statusCode(200)
                .body("meetingId", is(july.id))
                .body("actions.actionId", contains(nextMeetingAction, datedAction))
                .body("actions[0].from.itemNumber", is("11"))
                .body("actions[0].from.meetingDate", is("2016-06-21"))
                .body("actions[0].assignees", contains("John Lyons", "Steve Johnson"))
                .body("actions[0].meetingsWaited", is(0))
                .body("deferrals.deferralId", contains(taken, carried, untilDate));
        // A limit lists the oldest, and the totals say how many there are.
        given().pathParam("c", script.committee).queryParam("before", "2016-07-26").queryParam("limit", 1)
                .get("/api/committees/{c}/matters-arising").then()
                .statusCode(200)
                .body("actions.actionId", contains(nextMeetingAction))
                .body("actionsTotal", is(2))
                .body("actionsTotalIsExact", is(true))
                .body("deferrals.deferralId", contains(taken))
                .body("deferralsTotal", is(3))
                .body("deferralsTotalIsExact", is(true));
        assertContains(given().accept("text/markdown").pathParam("c", script.committee)
                .queryParam("before", "2016-07-26").queryParam("limit", 1)
                .get("/api/committees/{c}/matters-arising").then().statusCode(200).extract().asString(),
                "_The oldest 1 of 3 deferred items are listed._");
        given().pathParam("c", script.committee).queryParam("before", "2016-07-26").queryParam("limit", 0)
                .get("/api/committees/{c}/matters-arising").then()
                .statusCode(400)
                .body(containsString("limit"));
        // For the meeting after July: the item July did not take, carried once, having waited one meeting.
        given().pathParam("c", script.committee.toUpperCase()).queryParam("before", "2016-09-01")
                .get("/api/committees/{c}/matters-arising").then()
                .statusCode(200)
                .body("committee", is(script.committee))
                .body("meetingId", nullValue())
                .body("deferrals.deferralId", contains(carried, untilDate))
                .body("deferrals[0].from.itemTitle", is("Community Safety Plan"))
                .body("deferrals[0].timesCarriedForward", is(1))
                .body("deferrals[0].meetingsWaited", is(1))
                .body("actions[0].meetingsWaited", is(1))
                .body("actions[0].overdue", is(true));

        String markdown = given().accept("text/markdown").pathParam("c", script.committee)
                .queryParam("before", "2016-09-01")
                .get("/api/committees/{c}/matters-arising").then()
                .statusCode(200)
                .contentType(containsString("text/markdown"))
                .extract().asString();
        assertContains(markdown, "## Matters arising — " + script.committee + ", meeting on or after 1 September 2016");
        assertContains(markdown, "| 21 June 2016 | 11 Operation Raptor | Arrangements to be made for the Retail "
                + "Crime Forum. | John Lyons, Steve Johnson | 26 July 2016 **(overdue)** | open | 1 |");
        assertContains(markdown, "Steven Hume would take comments back to the Board. _(inferred from the minutes)_ "
                + "| Steven Hume (unresolved) |");
        assertContains(markdown, "| 21 June 2016 | 10 Community Safety Plan | to the next meeting | 1 time ⚑ | 1 |");
        assertEquals(false, markdown.contains("Domestic Abuse"), markdown);
    }

    @Test
    void shouldResolveWhicheverOrderTheMeetingsArriveIn() {
        MeetingScript script = new MeetingScript();
        MeetingScript.Meeting june = script.meeting("2016-06-21", 1)
                .item(1, "9", "Domestic Abuse National Comparisons", deferredToNextMeeting());
        MeetingScript.Meeting july = script.meeting("2016-07-26", 1).item(1, "3", "Community Safety Plan", null);
        MeetingScript.Meeting september = script.meeting("2016-09-20", 1)
                .item(1, "4", "domestic abuse: national comparison", null);

        // Later meetings first, as a replay from several partitions may deliver them.
        MeetingScript.send(kafka, september, july, june);

        await().atMost(PATIENCE).untilAsserted(() -> given().get("/api/deferrals/{id}", june.deferralId(0)).then()
                .statusCode(200)
                .body("status", is("RESOLVED"))
                .body("resolvedBy.meetingId", is(september.id))
                .body("timesCarriedForward", is(1)));
    }

    @Test
    void shouldAnswerNotFoundForAnUnknownCommitteeAndBadRequestWithoutADate() {
        given().get("/api/committees/{c}/matters-arising?before=2016-07-26", "No Such Committee").then()
                .statusCode(404)
                .contentType("application/problem+json");
        given().get("/api/committees/{c}/matters-arising", "No Such Committee").then()
                .statusCode(400)
                .body("violations[0].field", is("before"));
        given().get("/api/committees/{c}/matters-arising?before=2016-02-30", "x").then()
                .statusCode(400)
                .body("violations[0].field", is("before"))
                .body("violations", not(empty()));
    }

    static List<ConsumerRecord<String, String>> ofType(List<ConsumerRecord<String, String>> records, String type) {
        return records.stream().filter(r -> type.equals(KafkaClients.json(r.value()).get("type").asText())).toList();
    }

    private static void assertContains(String text, String part) {
        if (!text.contains(part)) {
            throw new AssertionError("Expected\n" + part + "\nin\n" + text);
        }
    }
}
