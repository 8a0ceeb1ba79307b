package org.minutebook.search;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
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

import org.junit.jupiter.api.Test;
import org.minutebook.search.support.ContractEvents;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** modifiedSince on the meetings list and on search: what changed, and tombstones for what was removed. */
@QuarkusTest
class IncrementalSyncTest {

    @Test
    void shouldListOnlyMeetingsChangedSinceTheLastSync() {
        String committee = "Sync Partnership " + uniqueWord();
        ContractEvents june = new ContractEvents();
        publish(MEETINGS, june.meeting(committee, "2016-06-21"));
        awaitMeeting(june.meetingId(), 2, 1);
        JsonPath first = meetings(Map.of("committee", committee));
        assertEquals(1, first.getLong("total"));
        String watermark = first.getString("results[0].modifiedAt");

        ContractEvents july = new ContractEvents();
        publish(MEETINGS, july.meeting(committee, "2016-07-26"));
        awaitMeeting(july.meetingId(), 2, 1);

        assertEquals(List.of(july.meetingId(), june.meetingId()),
                meetings(Map.of("committee", committee)).getList("results.id"));
        assertEquals(List.of(july.meetingId()),
                meetings(Map.of("committee", committee, "modifiedSince", watermark)).getList("results.id"));
        assertEquals(List.of(june.meetingId()),
                meetings(Map.of("committee", committee, "to", "2016-06-30")).getList("results.id"));
    }

    @Test
    void shouldReturnChangedHitsAndRemovedItemsSinceModifiedSince() {
        String word = uniqueWord();
        String committee = "Sync Search Board " + word;
        ContractEvents contract = new ContractEvents();
        ObjectNode[] original = contract.meeting(committee, "2018-05-01");
        data(original[1]).put("text", "Discussion of " + word);
        data(original[3]).put("text", "Deferred discussion of " + word);
        publish(MEETINGS, original);
        awaitMeeting(contract.meetingId(), 2, 1);
        JsonPath before = search(Map.of("q", word));
        assertEquals(2, before.getLong("total"));
        String watermark = meetings(Map.of("committee", committee)).getString("results[0].modifiedAt");

        // The corrected record drops the deferred item and rewords item 11.
        ObjectNode[] corrected = contract.meeting(committee, "2018-05-01");
        data(corrected[1]).put("text", "Corrected discussion of " + word);
        publish(MEETINGS, contract.load(MEETING_SUPERSEDED), republished(corrected[0]), republished(corrected[1]),
                republished(corrected[2]));

        JsonPath changes = await().atMost(PATIENCE).until(
                () -> search(Map.of("q", word, "modifiedSince", watermark)),
                page -> page.getLong("total") == 1 && !page.getList("removed").isEmpty());
        assertEquals(contract.id(CONTRACT_ITEM_11), changes.getString("results[0].itemId"));
        assertEquals("ITEM", changes.getString("removed[0].kind"));
        assertEquals(List.of(contract.id(ContractEvents.CONTRACT_ITEM_9)), changes.getList("removed.id"));
        assertEquals(List.of(), search(Map.of("q", word)).getList("removed"));
    }

    private static JsonPath meetings(Map<String, String> params) {
        return given().queryParams(params).get("/api/meetings").then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath search(Map<String, String> params) {
        return given().queryParams(params).get("/api/search").then().statusCode(200).extract().jsonPath();
    }
}
