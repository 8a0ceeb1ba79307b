package org.minutebook.search;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.minutebook.search.support.Broker.MEETINGS;
import static org.minutebook.search.support.Broker.publish;
import static org.minutebook.search.support.ContractEvents.data;
import static org.minutebook.search.support.ContractEvents.uniqueWord;
import static org.minutebook.search.support.SearchApi.awaitMeeting;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.minutebook.search.support.ContractEvents;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** GET /api/topics: one agenda topic followed across meetings whose titles differ. */
@QuarkusTest
class TopicsTest {

    @Test
    void shouldFollowATopicAcrossMeetingsUnderDifferentTitles() {
        String word = uniqueWord();
        String committee = "Topic Partnership " + word;
        // Item 11 carries the resolution; item 9 is the deferred one. The restricted item keeps its title.
        publishMeeting(committee, "2016-05-17", "Towpath Lighting & Repairs " + word, true,
                "Minutes of " + word + " Management Board");
        publishMeeting(committee, "2016-06-21", "Towpath Lighting and Repairs - " + word + " Updates", false,
                word + " Q3");

        JsonPath topics = topics(Map.of("q", word));
        assertEquals(2, topics.getLong("total"), topics.prettify());
        assertEquals("Towpath Lighting and Repairs - " + word + " Updates", topics.getString("results[0].title"));
        assertEquals(3, topics.getLong("results[0].occurrences")); // both towpath items, and "<word> Q3" within
        assertEquals("2016-05-17", topics.getString("results[0].firstDate"));
        assertEquals("2016-06-21", topics.getString("results[0].lastDate"));
        assertEquals("Minutes of " + word + " Management Board", topics.getString("results[1].title"));
        assertEquals(2, topics.getLong("results[1].occurrences"));

        JsonPath history = given().get("/api/topics/{id}", topics.getString("results[0].id"))
                .then().statusCode(200).extract().jsonPath();
        assertEquals(3, history.getLong("items.total"));
        assertEquals(List.of("2016-06-21", "2016-06-21", "2016-05-17"), history.getList("items.results.date"));
        assertEquals(List.of("Towpath Lighting and Repairs - " + word + " Updates", word + " Q3",
                "Towpath Lighting & Repairs " + word), history.getList("titles"));
        Map<String, Object> restricted = history.getMap("items.results.find { it.restricted }");
        assertEquals("Towpath Lighting & Repairs " + word, restricted.get("title"));
        assertNull(history.get("items.results.find { it.restricted }.resolutions[0].text"));
        assertEquals("the discussion be noted",
                history.getString("items.results.find { !it.restricted && it.number == '11' }.resolutions[0].text"));
    }

    @Test
    void shouldMatchTheStartOfAWordAndFilterByCommittee() {
        String word = uniqueWord();
        publishMeeting("Prefix Board " + word, "2019-03-05", "Prevent " + word + " duty", false, "Hate crime");

        assertEquals(1, topics(Map.of("q", word.substring(0, word.length() - 1))).getLong("total"));
        assertEquals(1, topics(Map.of("q", "prev " + word, "committee", "Prefix Board " + word)).getLong("total"));
        assertEquals(0, topics(Map.of("q", word, "committee", "Another Board " + word)).getLong("total"));
    }

    @Test
    void shouldAnswerUnknownTopicAsProblem() {
        given().get("/api/topics/{id}", "5b0c1c1e-0000-4000-8000-000000000000")
                .then().statusCode(404).contentType("application/problem+json");
        // No topic can have that id: not found, as for any other path that names nothing.
        given().get("/api/topics/{id}", "not-a-uuid").then().statusCode(404).contentType("application/problem+json");
    }

    private static JsonPath topics(Map<String, String> params) {
        return given().queryParams(params).get("/api/topics").then().statusCode(200).extract().jsonPath();
    }

    private static void publishMeeting(String committee, String date, String item11, boolean restricted,
            String item9) {
        ContractEvents contract = new ContractEvents();
        ObjectNode[] events = contract.meeting(committee, date);
        data(events[1]).put("title", item11).put("restricted", restricted);
        data(events[3]).put("title", item9);
        publish(MEETINGS, events);
        awaitMeeting(contract.meetingId(), 2, 1);
    }
}
