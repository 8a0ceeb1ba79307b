package org.minutebook.search;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.minutebook.search.support.Broker.ACTIONS;
import static org.minutebook.search.support.Broker.MEETINGS;
import static org.minutebook.search.support.Broker.publish;
import static org.minutebook.search.support.ContractEvents.ACTION_ASSIGNED;
import static org.minutebook.search.support.ContractEvents.CONTRACT_ITEM_9;
import static org.minutebook.search.support.ContractEvents.data;
import static org.minutebook.search.support.ContractEvents.uniqueWord;
import static org.minutebook.search.support.SearchApi.PATIENCE;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.minutebook.search.support.ContractEvents;
import org.minutebook.search.support.SseClient;
import org.minutebook.search.support.SseClient.Event;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** A restricted item's actions are not public at all: not in its meeting's summary, its counts, or the stream. */
@QuarkusTest
class RestrictedActionsTest {

    @Test
    void shouldLeaveARestrictedItemsActionsOutOfTheSummaryAndTheStream() throws Exception {
        String committee = "Exempt Actions " + uniqueWord();
        ContractEvents contract = new ContractEvents();
        ObjectNode[] events = contract.meeting(committee, "2016-06-21");
        data(events[1]).put("restricted", true);
        data(events[2]).put("restricted", true);
        // The action of restricted item 11, as an older producer wrote it (no flag) and one of public item 9.
        ObjectNode restricted = contract.load(ACTION_ASSIGNED);
        data(restricted).put("committee", committee).remove("restricted");
        String restrictedId = data(restricted).get("actionId").asText();
        ObjectNode open = contract.load(ACTION_ASSIGNED);
        String openId = UUID.randomUUID().toString();
        data(open).put("committee", committee).put("actionId", openId).put("itemId", contract.id(CONTRACT_ITEM_9))
                .put("itemNumber", "9");
        open.put("id", UUID.randomUUID().toString()).put("subject", openId);

        publish(MEETINGS, events);
        await().atMost(PATIENCE).until(() -> given().get("/api/meetings/{id}/summary", contract.meetingId())
                .statusCode() == 200);
        publish(ACTIONS, restricted, open);

        JsonPath summary = await().atMost(PATIENCE).until(
                () -> given().get("/api/meetings/{id}/summary", contract.meetingId()).then().extract().jsonPath(),
                s -> s.getInt("items.find { it.number == '9' }.openActions") == 1);
        assertEquals(List.of(), summary.getList("items.find { it.number == '11' }.actions"));
        assertEquals(0, summary.getInt("items.find { it.number == '11' }.openActions"));
        assertThat(summary.prettify(), not(containsString(restrictedId)));

        String filter = "committee=" + URLEncoder.encode(committee, StandardCharsets.UTF_8);
        try (SseClient client = SseClient.open(filter, "0")) {
            List<Event> seen = client.until(e -> e.data().contains(openId), PATIENCE);
            assertEquals(List.of(), seen.stream().filter(e -> e.data().contains(restrictedId)).toList());
        }
    }
}
