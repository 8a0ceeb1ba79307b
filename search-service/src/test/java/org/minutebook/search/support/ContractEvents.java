package org.minutebook.search.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.minutebook.shared.contracts.EventContract;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The AsyncAPI document's examples (minutebook-shared), with every UUID in them (event, meeting, item, resolution,
 * action ids) swapped for a fresh one, consistently across the examples one instance loads: each test gets its own
 * meeting.
 */
public final class ContractEvents {

    public static final String MEETING_RECORDED = "minutes.meetings/meeting.recorded.json";
    public static final String ITEM_RECORDED = "minutes.meetings/item.recorded.json";
    public static final String DEFERRED_ITEM_RECORDED = "minutes.meetings/item.recorded.deferred.json";
    public static final String RESOLUTION_RECORDED = "minutes.meetings/resolution.recorded.json";
    public static final String MEETING_SUPERSEDED = "minutes.meetings/meeting.superseded.json";
    public static final String MEETING_PUBLISHED = "minutes.meetings/meeting.published.json";
    public static final String MINUTES_APPROVED = "minutes.meetings/minutes.approved.json";
    public static final String ACTION_ASSIGNED = "minutes.actions/action.assigned.json";
    public static final String ITEM_DEFERRED = "minutes.actions/item.deferred.json";
    public static final String ACTION_UPDATED = "minutes.actions/action.updated.json";
    public static final String ACTION_COMPLETED = "minutes.actions/action.completed.json";
    public static final String DEFERRAL_RESOLVED = "minutes.actions/deferral.resolved.json";
    public static final String DEFERRAL_CARRIED_FORWARD = "minutes.actions/deferral.carried-forward.json";

    /** Ids as written in the contract files. */
    public static final String CONTRACT_MEETING = "0b6f3c2a-1d4e-4f5a-8b9c-7d6e5f4a3b2c";
    public static final String CONTRACT_ITEM_11 = "1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f";
    public static final String CONTRACT_ITEM_9 = "3e4f5a6b-7c8d-4e9f-8a1b-2c3d4e5f6a7b";

    private static final Pattern UUID_PATTERN = Pattern
            .compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Map<String, String> freshIds = new HashMap<>();

    public ObjectNode load(String path) {
        try {
            // Named as the files they once were: "minutes.meetings/item.recorded.json".
            String[] parts = path.replaceFirst("\\.json$", "").split("/", 2);
            String json = EventContract.load().example(parts[0], parts[1]).payload().toString();
            Matcher matcher = UUID_PATTERN.matcher(json);
            ObjectNode event = (ObjectNode) MAPPER.readTree(matcher.replaceAll(match -> id(match.group())));
            if (path.equals(MEETING_RECORDED)) {
                // Published at once, so that the public API shows what a test records; drafts say so (draft()).
                data(event).put("status", "PUBLISHED");
            }
            return event;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fresh id standing in for an id of the contract files. */
    public String id(String contractId) {
        return freshIds.computeIfAbsent(contractId, ignored -> UUID.randomUUID().toString());
    }

    /** The meeting's events (meeting, item 11 with its resolution, deferred item 9) moved to another committee/date. */
    public ObjectNode[] meeting(String committee, String date) {
        ObjectNode[] events = {load(MEETING_RECORDED), load(ITEM_RECORDED), load(RESOLUTION_RECORDED),
                load(DEFERRED_ITEM_RECORDED)};
        for (ObjectNode event : events) {
            data(event).put("committee", committee).put("date", date);
        }
        return events;
    }

    /** The meeting.recorded event of a meeting recorded as a draft, which the public does not see. */
    public ObjectNode draft() {
        ObjectNode event = load(MEETING_RECORDED);
        data(event).put("status", "DRAFT");
        return event;
    }

    public String meetingId() {
        return id(CONTRACT_MEETING);
    }

    /** A copy of an event under a new event id: the same fact published again, not a redelivery. */
    public static ObjectNode republished(ObjectNode event) {
        return event.deepCopy().put("id", UUID.randomUUID().toString());
    }

    public static ObjectNode data(ObjectNode event) {
        return (ObjectNode) event.get("data");
    }

    /** A word no other test's data contains, so that a search can be scoped to one test. */
    public static String uniqueWord() {
        StringBuilder word = new StringBuilder("zq");
        UUID.randomUUID().toString().chars().filter(Character::isDigit)
                .forEach(digit -> word.append((char) ('a' + digit - '0')));
        return word.toString();
    }
}
