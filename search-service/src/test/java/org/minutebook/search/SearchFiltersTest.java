package org.minutebook.search;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.minutebook.search.support.Broker.MEETINGS;
import static org.minutebook.search.support.Broker.publish;
import static org.minutebook.search.support.ContractEvents.CONTRACT_ITEM_11;
import static org.minutebook.search.support.ContractEvents.data;
import static org.minutebook.search.support.ContractEvents.uniqueWord;
import static org.minutebook.search.support.SearchApi.awaitHit;
import static org.minutebook.search.support.SearchApi.awaitMeeting;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.minutebook.search.support.ContractEvents;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Prefix terms, filters and facets of GET /api/search. */
@QuarkusTest
class SearchFiltersTest {

    @Test
    void shouldMatchTrailingStarAsPrefix() {
        ContractEvents contract = new ContractEvents();
        String word = uniqueWord();
        ObjectNode[] events = contract.meeting("Safer Stockton Partnership", "2016-06-21");
        data(events[1]).put("text", "The " + word + "ham scheme was explained.");
        publish(MEETINGS, events);

        Map<String, Object> hit = awaitHit(word + "*", contract.id(CONTRACT_ITEM_11));

        assertThat((String) hit.get("snippet"), containsString("<mark>" + word + "ham</mark>"));
        assertEquals(0, search(Map.of("q", word)).getLong("total"));
        assertEquals(1, search(Map.of("q", "\"Operation Raptor\" " + word + "*")).getLong("total"));
        assertEquals(0, search(Map.of("q", "\"Operation Kestrel\" " + word + "*")).getLong("total"));
    }

    @Test
    void shouldNotLetTsquerySyntaxThroughPrefixTerms() {
        for (String q : List.of("raptor*:&|!('", "a*b* & | !", "*", "'*", "(raptor*)", "\"raptor*\" -x*")) {
            given().queryParam("q", q).when().get("/api/search").then().statusCode(200);
        }
    }

    @Test
    void shouldFilterByCommitteeDatesOutcomeAndRestricted() {
        String word = uniqueWord();
        publishTwoMeetingsMentioning(word);

        assertEquals(2, search(Map.of("q", word)).getLong("total"));
        assertEquals(1, search(Map.of("q", word, "committee", "Youth Offending Board " + word)).getLong("total"));
        assertEquals(1, search(Map.of("q", word, "from", "2017-01-01")).getLong("total"));
        assertEquals(1, search(Map.of("q", word, "to", "2016-12-31")).getLong("total"));
        assertEquals(0, search(Map.of("q", word, "from", "2016-07-01", "to", "2016-12-31")).getLong("total"));
        JsonPath agreed = search(Map.of("q", word, "outcome", "AGREED"));
        assertEquals(1, agreed.getLong("total"));
        assertEquals("Youth Offending Board " + word, agreed.getString("results[0].committee"));
        assertEquals(0, search(Map.of("q", word, "restricted", "true")).getLong("total"));
        assertEquals(2, search(Map.of("q", word, "restricted", "false")).getLong("total"));
    }

    @Test
    void shouldCountFacetsOverAllMatchesNotJustThePage() {
        String word = uniqueWord();
        publishTwoMeetingsMentioning(word);

        JsonPath results = search(Map.of("q", word, "size", "1"));

        assertEquals(1, results.getList("results").size());
        assertEquals(Map.of("2016", 1, "2019", 1), facet(results, "year"));
        assertEquals(Map.of("Safer Stockton Partnership " + word, 1, "Youth Offending Board " + word, 1),
                facet(results, "committee"));
        assertEquals(Map.of("NOTED", 1, "AGREED", 1), facet(results, "outcome"));
        JsonPath filtered = search(Map.of("q", word, "outcome", "AGREED"));
        assertEquals(Map.of("2019", 1), facet(filtered, "year"));
    }

    @Test
    void shouldRejectUnknownOutcome() {
        given().queryParam("q", "raptor").queryParam("outcome", "MAYBE").when().get("/api/search")
                .then().statusCode(400).contentType("application/problem+json");
    }

    /** Item 11 of a 2016 meeting (resolution NOTED) and of a 2019 meeting of another committee (AGREED). */
    static void publishTwoMeetingsMentioning(String word) {
        ContractEvents first = new ContractEvents();
        ObjectNode[] in2016 = first.meeting("Safer Stockton Partnership " + word, "2016-06-21");
        data(in2016[1]).put("title", "Retail crime " + word);
        ContractEvents second = new ContractEvents();
        ObjectNode[] in2019 = second.meeting("Youth Offending Board " + word, "2019-03-05");
        data(in2019[1]).put("title", "Retail crime " + word);
        data(in2019[2]).put("outcome", "AGREED").put("text", "the forum be set up");
        publish(MEETINGS, in2016);
        publish(MEETINGS, in2019);
        awaitMeeting(first.meetingId(), 2, 1);
        awaitMeeting(second.meetingId(), 2, 1);
    }

    static JsonPath search(Map<String, String> params) {
        return given().queryParams(params).when().get("/api/search")
                .then().statusCode(200).extract().jsonPath();
    }

    private static Map<String, Integer> facet(JsonPath results, String name) {
        List<Map<String, Object>> counts = results.getList("facets." + name);
        return counts.stream().collect(java.util.stream.Collectors.toMap(c -> (String) c.get("value"),
                c -> ((Number) c.get("count")).intValue()));
    }
}
