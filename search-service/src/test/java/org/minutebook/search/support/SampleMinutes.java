package org.minutebook.search.support;

import static org.minutebook.search.support.ContractEvents.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The project's sample minutes (samples/*.json, the meeting records of the Safer Stockton Partnership's minutes) as the
 * events meetings-service publishes for them: meeting.recorded, then item.recorded and resolution.recorded for each
 * item, in the contract's envelopes (the AsyncAPI document's examples) with the sample's fields.
 */
public final class SampleMinutes {

    public static final Path SAMPLES = Path.of("..", "samples");
    private static final ObjectMapper JSON = new ObjectMapper();

    private SampleMinutes() {
    }

    /** One sample meeting record, to change before it is turned into events. */
    public static ObjectNode record(String file) {
        try {
            return (ObjectNode) JSON.readTree(Files.readString(SAMPLES.resolve(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The events of a meeting record, under a new meeting id; {@code status} DRAFT, PUBLISHED or APPROVED. */
    public static List<ObjectNode> events(ObjectNode record, String status, UUID meetingId) {
        ContractEvents contract = new ContractEvents();
        List<ObjectNode> events = new ArrayList<>();
        ObjectNode meeting = envelope(contract.load(ContractEvents.MEETING_RECORDED), meetingId);
        data(meeting).put("committee", record.get("committee").asText()).put("date", record.get("date").asText())
                .put("status", status).put("itemCount", record.get("items").size())
                .set("startTime", record.get("startTime"));
        data(meeting).set("location", record.get("location"));
        data(meeting).set("attendance", record.get("attendance"));
        events.add(meeting);
        int position = 0;
        for (JsonNode item : record.get("items")) {
            UUID itemId = UUID.randomUUID();
            ObjectNode itemEvent = envelope(contract.load(ContractEvents.ITEM_RECORDED), meetingId);
            data(itemEvent).put("committee", record.get("committee").asText())
                    .put("date", record.get("date").asText()).put("itemId", itemId.toString())
                    .put("position", position++).put("number", item.get("number").asText())
                    .put("title", item.get("title").asText()).put("restricted", item.path("restricted").asBoolean())
                    .set("text", item.get("text"));
            data(itemEvent).putArray("actions");
            data(itemEvent).putArray("declarations");
            data(itemEvent).putNull("deferral");
            events.add(itemEvent);
            int resolutionPosition = 0;
            for (JsonNode resolution : item.path("resolutions")) {
                ObjectNode resolutionEvent = envelope(contract.load(ContractEvents.RESOLUTION_RECORDED), meetingId);
                data(resolutionEvent).put("committee", record.get("committee").asText())
                        .put("date", record.get("date").asText()).put("itemId", itemId.toString())
                        .put("itemNumber", item.get("number").asText()).put("itemTitle", item.get("title").asText())
                        .put("restricted", item.path("restricted").asBoolean())
                        .put("resolutionId", UUID.randomUUID().toString()).put("position", resolutionPosition++)
                        .put("text", resolution.get("text").asText())
                        .put("outcome", resolution.path("outcome").asText("OTHER"));
                events.add(resolutionEvent);
            }
        }
        return events;
    }

    /**
     * An event of its own (a new id, published now, as the outbox would) about the meeting (its id, and the key it is
     * published under).
     */
    public static ObjectNode envelope(ObjectNode event, UUID meetingId) {
        event.put("id", UUID.randomUUID().toString()).put("subject", meetingId.toString())
                .put("time", Instant.now().toString());
        data(event).put("meetingId", meetingId.toString());
        return event;
    }
}
