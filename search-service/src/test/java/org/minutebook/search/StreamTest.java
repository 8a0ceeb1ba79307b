package org.minutebook.search;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.minutebook.search.support.Broker.ACTIONS;
import static org.minutebook.search.support.Broker.MEETINGS;
import static org.minutebook.search.support.Broker.publish;
import static org.minutebook.search.support.ContractEvents.ACTION_ASSIGNED;
import static org.minutebook.search.support.ContractEvents.data;
import static org.minutebook.search.support.ContractEvents.uniqueWord;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.minutebook.search.support.ContractEvents;
import org.minutebook.search.support.SseClient;
import org.minutebook.search.support.SseClient.Event;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;

/**
 * GET /api/stream: live events after commit, filters, resume with Last-Event-ID, restricted text kept out, and rows
 * another replica commits.
 */
@QuarkusTest
class StreamTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void shouldStreamEventsOfOneCommitteeAndResumeAfterDisconnect() throws Exception {
        String committee = "Stream Board " + uniqueWord();
        String filter = "committee=" + URLEncoder.encode(committee, StandardCharsets.UTF_8);
        ContractEvents first = new ContractEvents();
        ObjectNode[] firstMeeting = first.meeting(committee, "2016-06-21");
        String lastSeen;
        try (SseClient client = SseClient.open(filter, null)) {
            publish(MEETINGS, firstMeeting);
            List<Event> events = client.until(e -> e.data().contains(first.id(ContractEvents.CONTRACT_ITEM_9)),
                    PATIENCE);
            assertEquals(List.of("minutes.meeting.recorded", "minutes.item.recorded", "minutes.resolution.recorded",
                    "minutes.item.recorded"), events.stream().map(Event::name).toList());
            assertEquals(firstMeeting[0].get("id").asText(), json(events.get(0)).get("id").asText());
            lastSeen = events.get(events.size() - 1).id();
        }

        // While disconnected: another meeting of the committee, and one of another committee.
        ContractEvents second = new ContractEvents();
        publish(MEETINGS, new ContractEvents().meeting("Other " + committee, "2016-06-21"));
        publish(MEETINGS, second.meeting(committee, "2016-07-26"));

        try (SseClient resumed = SseClient.open(filter, lastSeen)) {
            List<Event> missed = resumed.until(e -> e.data().contains(second.id(ContractEvents.CONTRACT_ITEM_9)),
                    PATIENCE);
            assertEquals(4, missed.size());
            assertTrue(missed.stream().allMatch(e -> e.data().contains(second.meetingId())));
            assertTrue(Long.parseLong(missed.get(0).id()) > Long.parseLong(lastSeen));
        }
    }

    @Test
    void shouldFilterByTypeAndKeepRestrictedTextOut() throws Exception {
        String committee = "Exempt Stream " + uniqueWord();
        String secret = uniqueWord();
        ContractEvents contract = new ContractEvents();
        ObjectNode[] events = contract.meeting(committee, "2016-06-21");
        data(events[1]).put("restricted", true).put("text", "Confidential " + secret);
        data(events[2]).put("restricted", true).put("text", "the offender " + secret + " be referred");
        ObjectNode action = contract.load(ACTION_ASSIGNED);
        data(action).put("committee", committee).put("description", "Tell " + secret);
        // A restricted item's action is not public at all; item 9's, after it, shows the stream went on.
        ObjectNode publicAction = contract.load(ACTION_ASSIGNED);
        String publicActionId = java.util.UUID.randomUUID().toString();
        data(publicAction).put("committee", committee).put("actionId", publicActionId)
                .put("itemId", contract.id(ContractEvents.CONTRACT_ITEM_9)).put("itemNumber", "9");
        publicAction.put("id", java.util.UUID.randomUUID().toString());
        String query = "committee=" + URLEncoder.encode(committee, StandardCharsets.UTF_8)
                + "&types=item.recorded,minutes.resolution.recorded,minutes.action.assigned";
        try (SseClient client = SseClient.open(query, null)) {
            // The two topics are not ordered against each other: the action goes out once the items are in.
            publish(MEETINGS, events);
            List<Event> seen = new java.util.ArrayList<>(client.until(
                    e -> e.data().contains(contract.id(ContractEvents.CONTRACT_ITEM_9)), PATIENCE));
            publish(ACTIONS, action, publicAction);
            seen.addAll(client.until(e -> e.data().contains(publicActionId), PATIENCE));

            assertEquals(List.of("minutes.item.recorded", "minutes.resolution.recorded", "minutes.item.recorded",
                    "minutes.action.assigned"), seen.stream().map(Event::name).toList());
            for (Event event : seen) {
                assertThat(event.data(), not(containsString(secret)));
            }
            JsonNode item = json(seen.get(0)).get("data");
            assertEquals("Operation Raptor", item.get("title").asText());
            assertEquals("11", item.get("number").asText());
            assertTrue(item.get("restricted").asBoolean());
            assertNull(item.get("text"));
            JsonNode assigned = json(seen.get(3)).get("data");
            assertEquals(publicActionId, assigned.get("actionId").asText());
            assertEquals(contract.id(ContractEvents.CONTRACT_ITEM_9), json(seen.get(2)).get("data").get("itemId")
                    .asText());
            assertEquals("This item was deferred until the next meeting.",
                    json(seen.get(2)).get("data").get("text").asText());
        }
    }

    /**
     * Another replica's consumer writes the row and sends the notification in its own transaction on its own
     * connection, as StreamLog does there; this replica committed nothing, and its clients still get the row.
     */
    @Test
    void shouldStreamRowsThatAnotherReplicaCommits() throws Exception {
        String committee = "Other Replica " + uniqueWord();
        String eventId = java.util.UUID.randomUUID().toString();
        var config = org.eclipse.microprofile.config.ConfigProvider.getConfig();
        try (SseClient client = SseClient.open("committee=" + URLEncoder.encode(committee, StandardCharsets.UTF_8),
                null);
                java.sql.Connection other = java.sql.DriverManager.getConnection(
                        config.getValue("quarkus.datasource.jdbc.url", String.class),
                        config.getValue("quarkus.datasource.username", String.class),
                        config.getValue("quarkus.datasource.password", String.class))) {
            other.setAutoCommit(false);
            try (var insert = other.prepareStatement("INSERT INTO stream_event (event_id, topic, type, committee, "
                    + "payload) VALUES (?, 'minutes.actions', 'minutes.action.assigned', ?, ?)");
                    var notify = other.createStatement()) {
                insert.setString(1, eventId);
                insert.setString(2, committee);
                insert.setString(3, "{\"id\":\"" + eventId + "\"}");
                insert.executeUpdate();
                notify.execute("NOTIFY minutebook_stream");
            }
            other.commit();
            List<Event> seen = client.until(e -> e.data().contains(eventId), PATIENCE);
            assertEquals("minutes.action.assigned", seen.get(seen.size() - 1).name());
        }
    }

    private static JsonNode json(Event event) throws Exception {
        return MAPPER.readTree(event.data());
    }
}
