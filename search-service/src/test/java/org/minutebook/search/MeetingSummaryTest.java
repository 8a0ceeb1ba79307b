package org.minutebook.search;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.minutebook.search.support.Broker.ACTIONS;
import static org.minutebook.search.support.Broker.MEETINGS;
import static org.minutebook.search.support.Broker.publish;
import static org.minutebook.search.support.ContractEvents.ACTION_ASSIGNED;
import static org.minutebook.search.support.ContractEvents.ACTION_COMPLETED;
import static org.minutebook.search.support.ContractEvents.ACTION_UPDATED;
import static org.minutebook.search.support.ContractEvents.DEFERRAL_CARRIED_FORWARD;
import static org.minutebook.search.support.ContractEvents.DEFERRAL_RESOLVED;
import static org.minutebook.search.support.ContractEvents.ITEM_DEFERRED;
import static org.minutebook.search.support.ContractEvents.data;
import static org.minutebook.search.support.SearchApi.PATIENCE;
import static org.minutebook.search.support.SearchApi.awaitMeeting;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.minutebook.search.support.ContractEvents;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** GET /api/meetings/{id}/summary: attendance, resolutions and the follow-up reported on minutes.actions. */
@QuarkusTest
class MeetingSummaryTest {

    @Test
    void shouldSummariseMeetingWithAttendanceResolutionsAndFollowUp() {
        ContractEvents contract = new ContractEvents();
        publish(MEETINGS, contract.meeting("Safer Stockton Partnership", "2016-06-21"));
        awaitMeeting(contract.meetingId(), 2, 1);
        publish(ACTIONS, contract.load(ACTION_ASSIGNED), contract.load(ITEM_DEFERRED),
                contract.load(ACTION_UPDATED), contract.load(DEFERRAL_CARRIED_FORWARD));

        JsonPath summary = await().atMost(PATIENCE).until(() -> summary(contract.meetingId()),
                s -> "IN_PROGRESS".equals(s.getString("items[1].actions[0].status"))
                        && s.getInt("items[0].deferral.timesCarriedForward") == 1);

        assertEquals(List.of("Steve Nelson", "Steve Johnson", "John Lyons"),
                summary.getList("attendance.present.name"));
        assertEquals(List.of("Claire Sills"), summary.getList("attendance.officers.name"));
        assertEquals(List.of("Chris Dunwell"), summary.getList("attendance.inAttendance.name"));
        assertEquals(List.of("Dave Willingham"), summary.getList("attendance.apologies.name"));
        assertEquals(List.of("9", "11"), summary.getList("items.number"));
        assertEquals("the discussion be noted", summary.getString("items[1].resolutions[0].text"));
        assertEquals(1, summary.getInt("items[1].openActions"));
        assertEquals("OUTSTANDING", summary.getString("items[0].deferral.status"));
        assertEquals("NEXT_MEETING", summary.getString("items[0].deferral.until"));

        publish(ACTIONS, contract.load(ACTION_COMPLETED), contract.load(DEFERRAL_RESOLVED));

        JsonPath done = await().atMost(PATIENCE).until(() -> summary(contract.meetingId()),
                s -> "RESOLVED".equals(s.getString("items[0].deferral.status")));
        assertEquals("DONE", done.getString("items[1].actions[0].status"));
        assertEquals(0, done.getInt("items[1].openActions"));
    }

    @Test
    void shouldWithholdRestrictedItemTextInSummary() {
        ContractEvents contract = new ContractEvents();
        ObjectNode[] events = contract.meeting("Safer Stockton Partnership", "2016-06-21");
        data(events[1]).put("restricted", true).put("text", "Confidential discussion")
                .put("minuteReference", "SSP 45/16");
        publish(MEETINGS, events);
        awaitMeeting(contract.meetingId(), 2, 1);
        // Item 11's action is withheld with its item; item 9's, sent after it, shows both have arrived.
        ObjectNode later = contract.load(ACTION_ASSIGNED);
        String laterId = UUID.randomUUID().toString();
        data(later).put("actionId", laterId).put("itemId", contract.id(ContractEvents.CONTRACT_ITEM_9));
        later.put("id", UUID.randomUUID().toString()).put("subject", laterId);
        publish(ACTIONS, contract.load(ACTION_ASSIGNED), later);

        JsonPath summary = await().atMost(PATIENCE).until(() -> summary(contract.meetingId()),
                s -> s.getList("items[0].actions").size() == 1);

        assertEquals(true, summary.getBoolean("items[1].restricted"));
        assertEquals("Operation Raptor", summary.getString("items[1].title"));
        // The minute's reference is public like the item's number.
        assertEquals("SSP 45/16", summary.getString("items[1].minuteReference"));
        assertNull(summary.get("items[0].minuteReference"));
        assertNull(summary.get("items[1].text"));
        assertNull(summary.get("items[1].resolutions[0].text"));
        assertEquals("NOTED", summary.getString("items[1].resolutions[0].outcome"));
        assertEquals(List.of(), summary.getList("items[1].actions"));
        assertEquals(0, summary.getInt("items[1].openActions"));
    }

    @Test
    void shouldAnswerNotFoundForUnknownMeetingSummary() {
        given().when().get("/api/meetings/{id}/summary", UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
    }

    private static JsonPath summary(String meetingId) {
        return given().when().get("/api/meetings/{id}/summary", meetingId)
                .then().statusCode(200).extract().jsonPath();
    }
}
