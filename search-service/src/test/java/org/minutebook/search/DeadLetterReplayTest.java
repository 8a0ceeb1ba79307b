package org.minutebook.search;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.minutebook.search.support.Broker.MEETINGS;
import static org.minutebook.search.support.Broker.publish;
import static org.minutebook.search.support.ContractEvents.ITEM_RECORDED;
import static org.minutebook.search.support.ContractEvents.MEETING_RECORDED;
import static org.minutebook.search.support.ContractEvents.data;
import static org.minutebook.search.support.ContractEvents.uniqueWord;
import static org.minutebook.search.support.SearchApi.PATIENCE;
import static org.minutebook.search.support.SearchApi.search;
import static org.minutebook.shared.infra.DeadLetterClient.assertOpen;
import static org.minutebook.shared.infra.DeadLetterClient.assertParked;
import static org.minutebook.shared.infra.DeadLetterClient.deadLetter;
import static org.minutebook.shared.infra.DeadLetterClient.gauge;
import static org.minutebook.shared.infra.DeadLetterClient.list;
import static org.minutebook.shared.infra.DeadLetterClient.open;
import static org.minutebook.shared.infra.DeadLetterClient.replayPath;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.minutebook.search.support.ContractEvents;
import org.minutebook.search.support.ItemWriteWatch;
import org.minutebook.search.support.ReadModelProbe;
import org.minutebook.shared.security.TestTokens;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Issue 20: a poison message (an item the database refuses while a fault stands) lands on the dead-letter topic,
 * shows in the list and the metrics, fails again while the fault stands, is replayed once it is fixed, and is applied
 * once: the item is written once, however often it is replayed or redelivered.
 */
@QuarkusTest
class DeadLetterReplayTest {

    private static final String DLQ = "minutes.meetings.dlq";

    @Inject
    ItemWriteWatch watch;

    @Inject
    ReadModelProbe probe;

    @Test
    void shouldListCountReplayAndApplyAPoisonMessageOnce() {
        ContractEvents contract = new ContractEvents();
        String word = uniqueWord();
        ObjectNode item = contract.load(ITEM_RECORDED);
        data(item).put("text", data(item).get("text").asText() + " " + word);
        UUID itemId = UUID.fromString(data(item).get("itemId").asText());
        String eventId = item.get("id").asText();
        watch.refuse(itemId);
        long openBefore = open(list(), DLQ);

        publish(MEETINGS, contract.load(MEETING_RECORDED), item);

        Map<String, Object> parked = await().atMost(PATIENCE).until(() -> deadLetter(eventId), d -> d != null);
        assertParked(parked, "search-service", "minutes.meetings", "minutes.item.recorded", DLQ, "refused");
        String path = replayPath(parked);
        assertOpen(DLQ, openBefore + 1);

        // The fault still stands: it fails again, says why, and stays open.
        given().auth().oauth2(TestTokens.clerk()).post(path).then().statusCode(409)
                .contentType("application/problem+json").body("reason", containsString("refused"));
        assertEquals(openBefore + 1, open(list(), DLQ));
        assertFalse(probe.processed(eventId));

        watch.fix(itemId);
        given().auth().oauth2(TestTokens.clerk()).post(path).then().statusCode(200).body("replayed", is(true));
        assertEquals(1, search(word).getLong("total"));

        // Replayed again, all replayed, and the original delivered again: the inbox keeps it to one write.
        given().auth().oauth2(TestTokens.clerk()).post(path).then().statusCode(200).body("replayed", is(true));
        given().auth().oauth2(TestTokens.clerk()).post("/api/admin/dead-letters/replay").then().statusCode(200);
        publish(MEETINGS, item);
        String marker = org.minutebook.search.support.Broker.publishMarker(MEETINGS, contract.meetingId());
        await().atMost(PATIENCE).until(() -> probe.processed(marker));
        assertEquals(1, watch.writes(itemId));

        assertEquals(true, deadLetter(eventId).get("replayed"));
        assertEquals(openBefore, open(list(), DLQ));
        assertEquals(openBefore, (long) gauge("minutebook_dead_letters_depth", DLQ));
    }

    @Test
    void shouldAnswerProblemsAndLetOnlyAClerkIn() {
        given().get("/api/admin/dead-letters").then().statusCode(401);
        given().auth().oauth2(TestTokens.officer("Steve Johnson", "Cleveland Police")).get("/api/admin/dead-letters")
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.clerk()).post("/api/admin/dead-letters/" + DLQ + "/0/999999999/replay")
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.clerk()).post("/api/admin/dead-letters/" + DLQ + "/first/0/replay")
                .then().statusCode(400).contentType("application/problem+json").body(containsString("partition"));
        given().auth().oauth2(TestTokens.clerk()).queryParam("size", 0).get("/api/admin/dead-letters").then()
                .statusCode(400).body(containsString("size"));
    }
}
