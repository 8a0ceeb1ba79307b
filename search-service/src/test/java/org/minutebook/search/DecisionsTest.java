package org.minutebook.search;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.minutebook.search.support.Broker.MEETINGS;
import static org.minutebook.search.support.Broker.publish;
import static org.minutebook.search.support.ContractEvents.CONTRACT_ITEM_11;
import static org.minutebook.search.support.ContractEvents.MEETING_SUPERSEDED;
import static org.minutebook.search.support.ContractEvents.data;
import static org.minutebook.search.support.ContractEvents.republished;
import static org.minutebook.search.support.ContractEvents.uniqueWord;
import static org.minutebook.search.support.SearchApi.PATIENCE;
import static org.minutebook.search.support.SearchApi.awaitMeeting;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.minutebook.search.support.ContractEvents;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** GET /api/decisions: the register, its filters, restricted wording withheld, incremental sync with tombstones. */
@QuarkusTest
class DecisionsTest {

    @Test
    void shouldListEveryResolutionWithItsMeetingAndItem() {
        String word = uniqueWord();
        SearchFiltersTest.publishTwoMeetingsMentioning(word);

        JsonPath first = decisions(Map.of("committee", "Safer Stockton Partnership " + word));
        assertEquals(1, first.getLong("total"));
        assertTrue(first.getBoolean("totalIsExact"));
        assertEquals("the discussion be noted", first.getString("results[0].text"));
        assertEquals("NOTED", first.getString("results[0].outcome"));
        assertEquals("11", first.getString("results[0].itemNumber"));
        assertEquals("Retail crime " + word, first.getString("results[0].itemTitle"));
        assertEquals("2016-06-21", first.getString("results[0].date"));
        assertEquals(false, first.getBoolean("results[0].restricted"));

        assertEquals(1, decisions(Map.of("committee", "Youth Offending Board " + word, "outcome", "AGREED"))
                .getLong("total"));
        assertEquals(0, decisions(Map.of("committee", "Youth Offending Board " + word, "outcome", "NOTED"))
                .getLong("total"));
        assertEquals(0, decisions(Map.of("committee", "Youth Offending Board " + word, "to", "2018-12-31"))
                .getLong("total"));
    }

    @Test
    void shouldWithholdRestrictedResolutionTextButShowTitleAndNumber() {
        String word = uniqueWord();
        ContractEvents contract = new ContractEvents();
        ObjectNode[] events = contract.meeting("Exempt Panel " + word, "2017-02-01");
        data(events[1]).put("restricted", true).put("title", "Named offender case");
        data(events[2]).put("restricted", true).put("text", "the offender be referred");
        publish(MEETINGS, events);
        awaitMeeting(contract.meetingId(), 2, 1);

        JsonPath register = decisions(Map.of("committee", "Exempt Panel " + word));

        assertEquals(1, register.getLong("total"));
        assertEquals(true, register.getBoolean("results[0].restricted"));
        assertNull(register.get("results[0].text"));
        assertEquals("Named offender case", register.getString("results[0].itemTitle"));
        assertEquals("11", register.getString("results[0].itemNumber"));
    }

    @Test
    void shouldReturnOnlyChangesAndTombstonesSinceModifiedSince() {
        String word = uniqueWord();
        String committee = "Sync Board " + word;
        ContractEvents contract = new ContractEvents();
        publish(MEETINGS, contract.meeting(committee, "2018-05-01"));
        awaitMeeting(contract.meetingId(), 2, 1);
        JsonPath before = decisions(Map.of("committee", committee));
        String oldResolution = before.getString("results[0].id");
        String since = before.getString("results[0].modifiedAt");
        assertEquals(List.of(), before.getList("removed"));

        // A corrected record: the meeting is superseded and its one resolution comes back under a new id.
        ObjectNode[] corrected = contract.meeting(committee, "2018-05-01");
        String newResolution = UUID.randomUUID().toString();
        data(corrected[2]).put("resolutionId", newResolution).put("text", "the report be approved");
        publish(MEETINGS, contract.load(MEETING_SUPERSEDED), republished(corrected[0]),
                republished(corrected[1]), republished(corrected[2]));

        JsonPath changes = await().atMost(PATIENCE).until(
                () -> decisions(Map.of("committee", committee, "modifiedSince", since)),
                page -> page.getList("results").size() == 1 && !page.getList("removed").isEmpty());
        assertEquals(newResolution, changes.getString("results[0].id"));
        assertEquals(List.of(oldResolution), changes.getList("removed.id"));
        assertEquals("RESOLUTION", changes.getString("removed[0].kind"));
        assertEquals(contract.id(CONTRACT_ITEM_11), decisions(Map.of("committee", committee))
                .getString("results[0].itemId"));
    }

    static JsonPath decisions(Map<String, String> params) {
        return given().queryParams(params).when().get("/api/decisions")
                .then().statusCode(200).extract().jsonPath();
    }
}
