package org.minutebook.search;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.minutebook.search.support.Broker.MEETINGS;
import static org.minutebook.search.support.Broker.publish;
import static org.minutebook.search.support.ContractEvents.CONTRACT_ITEM_11;
import static org.minutebook.search.support.ContractEvents.CONTRACT_ITEM_9;
import static org.minutebook.search.support.ContractEvents.DEFERRED_ITEM_RECORDED;
import static org.minutebook.search.support.ContractEvents.ITEM_RECORDED;
import static org.minutebook.search.support.ContractEvents.MEETING_RECORDED;
import static org.minutebook.search.support.ContractEvents.RESOLUTION_RECORDED;
import static org.minutebook.search.support.ContractEvents.data;
import static org.minutebook.search.support.ContractEvents.uniqueWord;
import static org.minutebook.search.support.SearchApi.awaitHit;
import static org.minutebook.search.support.SearchApi.awaitMeeting;
import static org.minutebook.search.support.SearchApi.hit;
import static org.minutebook.search.support.SearchApi.search;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.minutebook.search.support.ContractEvents;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Full-text search over the contract events, fed through the real broker. */
@QuarkusTest
class SearchTest {

    @Test
    void shouldFindItemByTitleWithMarkedSnippet() {
        ContractEvents contract = new ContractEvents();
        publish(MEETINGS, contract.load(MEETING_RECORDED), contract.load(ITEM_RECORDED),
                contract.load(RESOLUTION_RECORDED), contract.load(DEFERRED_ITEM_RECORDED));

        Map<String, Object> hit = awaitHit("Operation Raptor", contract.id(CONTRACT_ITEM_11));

        assertEquals(contract.meetingId(), hit.get("meetingId"));
        assertEquals("Safer Stockton Partnership", hit.get("committee"));
        assertEquals("2016-06-21", hit.get("date"));
        assertEquals("11", hit.get("itemNumber"));
        assertEquals("Operation Raptor", hit.get("title"));
        assertEquals(false, hit.get("restricted"));
        assertTrue(((Number) hit.get("rank")).doubleValue() > 0);
        assertThat((String) hit.get("snippet"), containsString("<mark>Operation</mark> <mark>Raptor</mark>"));
        JsonPath results = search("Operation Raptor");
        assertEquals("Operation Raptor", results.getString("query"));
        assertEquals(0, results.getInt("page"));
        assertEquals(100, results.getInt("size"));
        assertNull(hit(results, contract.id(CONTRACT_ITEM_9)));
    }

    @Test
    void shouldMatchQuotedPhraseOnlyInItsOrder() {
        ContractEvents contract = new ContractEvents();
        String word = uniqueWord();
        ObjectNode item = contract.load(ITEM_RECORDED);
        data(item).put("text", data(item).get("text").asText() + " Reference " + word + ".");
        publish(MEETINGS, contract.load(MEETING_RECORDED), item);

        Map<String, Object> hit = awaitHit("\"Cleveland Police tackle shoplifting\" " + word,
                contract.id(CONTRACT_ITEM_11));

        assertThat((String) hit.get("snippet"), containsString(
                "<mark>Cleveland</mark> <mark>Police</mark> <mark>tackle</mark> <mark>shoplifting</mark>"));
        assertEquals(0, search("\"shoplifting tackle Cleveland Police\" " + word).getLong("total"));
        assertEquals(1, search("shoplifting tackle Cleveland Police " + word).getLong("total"));
    }

    @Test
    void shouldFindItemByWordsOnlyInItsResolution() {
        ContractEvents contract = new ContractEvents();
        String word = uniqueWord();
        ObjectNode resolution = contract.load(RESOLUTION_RECORDED);
        data(resolution).put("text", "the Retail Crime Forum consider " + word);
        publish(MEETINGS, contract.load(MEETING_RECORDED), contract.load(ITEM_RECORDED));
        awaitMeeting(contract.meetingId(), 1, 0);
        assertEquals(0, search(word).getLong("total"));

        publish(MEETINGS, resolution);

        Map<String, Object> hit = awaitHit(word, contract.id(CONTRACT_ITEM_11));
        assertThat((String) hit.get("snippet"), containsString("<mark>" + word + "</mark>"));
    }

    @Test
    void shouldRankTitleMatchAboveTextMatch() {
        ContractEvents contract = new ContractEvents();
        String word = uniqueWord();
        publishTwoItemsMentioning(contract, word);

        assertEquals(List.of(contract.id(CONTRACT_ITEM_11), contract.id(CONTRACT_ITEM_9)),
                search(word).getList("results.itemId"));
    }

    @Test
    void shouldPageResults() {
        ContractEvents contract = new ContractEvents();
        String word = uniqueWord();
        publishTwoItemsMentioning(contract, word);

        JsonPath first = search(word, 0, 1);
        JsonPath second = search(word, 1, 1);
        JsonPath beyond = search(word, 2, 1);

        assertEquals(2, first.getLong("total"));
        assertEquals(List.of(contract.id(CONTRACT_ITEM_11)), first.getList("results.itemId"));
        assertEquals(List.of(contract.id(CONTRACT_ITEM_9)), second.getList("results.itemId"));
        assertEquals(2, beyond.getLong("total"));
        assertEquals(List.of(), beyond.getList("results"));
    }

    @Test
    void shouldKeepRestrictedTextOutOfResults() {
        ContractEvents contract = new ContractEvents();
        String titleWord = uniqueWord();
        String textWord = uniqueWord();
        String resolutionWord = uniqueWord();
        ObjectNode item = contract.load(ITEM_RECORDED);
        data(item).put("restricted", true).put("title", "Exempt information " + titleWord)
                .put("text", "Confidential: named offender " + textWord + " was discussed.");
        ObjectNode resolution = contract.load(RESOLUTION_RECORDED);
        data(resolution).put("restricted", true).put("text", "the offender " + resolutionWord + " be referred");
        publish(MEETINGS, contract.load(MEETING_RECORDED), item, resolution);
        awaitMeeting(contract.meetingId(), 1, 1);

        Map<String, Object> hit = awaitHit(titleWord, contract.id(CONTRACT_ITEM_11));

        assertEquals(true, hit.get("restricted"));
        String snippet = (String) hit.get("snippet");
        assertThat(snippet, containsString("<mark>" + titleWord + "</mark>"));
        assertThat(snippet, not(containsString(textWord)));
        assertThat(snippet, not(containsString("offender")));
        assertThat(snippet, not(containsString(resolutionWord)));
        assertEquals(0, search(textWord).getLong("total"));
        assertEquals(0, search(resolutionWord).getLong("total"));
    }

    @Test
    void shouldEscapeHtmlInSnippets() {
        ContractEvents contract = new ContractEvents();
        String word = uniqueWord();
        ObjectNode item = contract.load(ITEM_RECORDED);
        data(item).put("text", "Fish & chips <b>" + word + "</b> <script>alert(1)</script>");
        publish(MEETINGS, contract.load(MEETING_RECORDED), item);

        String snippet = (String) awaitHit(word, contract.id(CONTRACT_ITEM_11)).get("snippet");

        assertThat(snippet, containsString("<mark>" + word + "</mark>"));
        assertThat(snippet, containsString("&lt;b&gt;"));
        assertThat(snippet, containsString("&amp;"));
        String withoutMarks = snippet.replace("<mark>", "").replace("</mark>", "");
        assertThat(withoutMarks, not(containsString("<")));
        assertThat(withoutMarks, not(containsString(">")));
    }

    @Test
    void shouldFindNothingForStopWordsOnly() {
        assertEquals(0, search("the").getLong("total"));
    }

    @Test
    void shouldRejectMissingQueryNamingIt() {
        given().when().get("/api/search")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("q"));
    }

    @Test
    void shouldRejectBlankOrOverlongQuery() {
        for (String q : List.of("   ", "a".repeat(501))) {
            given().queryParam("q", q).when().get("/api/search")
                    .then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("violations.field", contains("q"));
        }
    }

    @Test
    void shouldRejectPageSizeOutOfRange() {
        for (int size : List.of(0, 101)) {
            given().queryParam("q", "raptor").queryParam("size", size).when().get("/api/search")
                    .then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("violations.field", contains("size"));
        }
    }

    /** Item 11 with the word in its title, deferred item 9 (earlier on the agenda) with it in its text. */
    private static void publishTwoItemsMentioning(ContractEvents contract, String word) {
        ObjectNode inTitle = contract.load(ITEM_RECORDED);
        data(inTitle).put("title", "Retail crime " + word);
        ObjectNode inText = contract.load(DEFERRED_ITEM_RECORDED);
        data(inText).put("text", "Deferred until the " + word + " report is ready.");
        publish(MEETINGS, contract.load(MEETING_RECORDED), inText, inTitle);
        awaitMeeting(contract.meetingId(), 2, 0);
    }
}
