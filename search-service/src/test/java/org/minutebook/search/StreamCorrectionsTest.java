package org.minutebook.search;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.minutebook.search.support.Broker.ACTIONS;
import static org.minutebook.search.support.Broker.MEETINGS;
import static org.minutebook.search.support.Broker.publish;
import static org.minutebook.search.support.ContractEvents.ACTION_ASSIGNED;
import static org.minutebook.search.support.ContractEvents.CONTRACT_ITEM_11;
import static org.minutebook.search.support.ContractEvents.CONTRACT_ITEM_9;
import static org.minutebook.search.support.ContractEvents.MEETING_SUPERSEDED;
import static org.minutebook.search.support.ContractEvents.data;
import static org.minutebook.search.support.ContractEvents.republished;
import static org.minutebook.search.support.ContractEvents.uniqueWord;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.minutebook.search.support.ContractEvents;
import org.minutebook.search.support.ReadModelProbe;
import org.minutebook.search.support.SseClient;
import org.minutebook.search.support.SseClient.Event;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;

/**
 * A correction reaches the live stream's history: replayed from the start, the stream shows no more of a record than
 * search does once a clerk has superseded it, restricted one of its items, or dropped an item.
 */
@QuarkusTest
class StreamCorrectionsTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Inject
    ReadModelProbe probe;

    @Test
    void shouldRedactTheStreamLogWhenACorrectionRestrictsAnItem() throws Exception {
        String committee = "Corrected Stream " + uniqueWord();
        String secret = uniqueWord();
        ContractEvents contract = new ContractEvents();
        ObjectNode[] original = contract.meeting(committee, "2016-06-21");
        data(original[1]).put("text", "Public at first: " + secret);
        data(original[2]).put("text", "the " + secret + " report be noted");
        ObjectNode action = contract.load(ACTION_ASSIGNED);
        data(action).put("committee", committee).put("description", "Brief the " + secret + " team");
        String filter = "committee=" + URLEncoder.encode(committee, StandardCharsets.UTF_8);
        String actionId = contract.id("2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a");

        publish(MEETINGS, original);
        publish(ACTIONS, action);
        // Before the correction the text is public, in the stream's history too: the test can see it go.
        assertThat(replay(filter, e -> e.name().equals("minutes.action.assigned")), containsString(secret));

        ObjectNode[] corrected = {republished(original[0]), republished(original[1]), republished(original[2]),
                republished(original[3])};
        data(corrected[1]).put("restricted", true);
        data(corrected[2]).put("restricted", true);
        publish(MEETINGS, contract.load(MEETING_SUPERSEDED), corrected[0], corrected[1], corrected[2],
                corrected[3]);
        // actions-service withdraws the action with the record and assigns it again, restricted now.
        ObjectNode reassigned = republished(action);
        data(reassigned).put("restricted", true);
        publish(ACTIONS, reassigned);

        String lastCorrection = corrected[3].get("id").asText();
        awaitApplied(lastCorrection, reassigned.get("id").asText());
        String history = replay(filter, e -> e.data().contains(lastCorrection));
        assertThat(history, not(containsString(secret)));
        assertThat(history, not(containsString(actionId)));
        assertThat(history, containsString("\"superseded\":true"));
        given().get("/api/meetings/{id}/summary", contract.meetingId()).then().statusCode(200)
                .body(not(containsString(secret)));
    }

    @Test
    void shouldKeepOnlyPublicFieldsOfAnItemTheCorrectedRecordDrops() throws Exception {
        String committee = "Withdrawn Stream " + uniqueWord();
        String secret = uniqueWord();
        ContractEvents contract = new ContractEvents();
        ObjectNode[] original = contract.meeting(committee, "2016-06-21");
        data(original[1]).put("text", "Said in error: " + secret);
        data(original[2]).put("text", "the " + secret + " report be noted");
        String filter = "committee=" + URLEncoder.encode(committee, StandardCharsets.UTF_8);
        String lastOriginal = original[3].get("id").asText();

        publish(MEETINGS, original);
        assertThat(replay(filter, e -> e.data().contains(lastOriginal)), containsString(secret));

        // The corrected record has item 9 only: item 11 and its resolution are withdrawn.
        ObjectNode recorded = republished(original[0]);
        data(recorded).put("itemCount", 1);
        ObjectNode item9 = republished(original[3]);
        publish(MEETINGS, contract.load(MEETING_SUPERSEDED), recorded, item9);

        awaitApplied(item9.get("id").asText());
        String history = replay(filter, e -> e.data().contains(item9.get("id").asText()));
        assertThat(history, not(containsString(secret)));
        // The withdrawn item keeps what the public may see of any record: its number and title.
        assertThat(history, containsString(contract.id(CONTRACT_ITEM_11)));
        assertTrue(history.contains(contract.id(CONTRACT_ITEM_9)));
    }

    /**
     * Waits until the events are applied: their ids are recorded in the transaction that corrects the stream log, so
     * a replay opened afterwards reads only corrected rows. A replay opened earlier may read rows before a correction
     * commits (a superseded record's action, before its item's restriction removes it) and then go live: history as
     * it stood then, not the corrected log.
     */
    private void awaitApplied(String... eventIds) {
        await().atMost(PATIENCE).until(() -> Arrays.stream(eventIds).allMatch(probe::processed));
    }

    /** The committee's stream replayed from the start, up to the event {@code last} recognises. */
    private static String replay(String filter, java.util.function.Predicate<Event> last) throws Exception {
        try (SseClient client = SseClient.open(filter, "0")) {
            List<Event> events = client.until(last, PATIENCE);
            assertEquals(false, events.isEmpty());
            return String.join("\n", events.stream().map(Event::data).toList());
        }
    }
}
