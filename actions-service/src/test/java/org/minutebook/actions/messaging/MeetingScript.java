package org.minutebook.actions.messaging;

import static org.minutebook.actions.messaging.ContractEvents.ITEM_RECORDED;
import static org.minutebook.actions.messaging.ContractEvents.MEETING_ID;
import static org.minutebook.actions.messaging.ContractEvents.MEETING_PUBLISHED;
import static org.minutebook.actions.messaging.ContractEvents.MEETING_RECORDED;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Writes a committee's meetings as minutes.meetings events, each made from the contract examples (fresh ids) with the
 * committee, date, item count, titles, actions and deferrals a test needs. The committee name is unique per script, so
 * tests never see each other's register.
 */
final class MeetingScript {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    final String committee = "Test Partnership " + UUID.randomUUID().toString().substring(0, 8);
    /** An organisation of this script's own, for Steve Johnson, so that people filters see only this script. */
    final String fireBrigade = "Cleveland Fire Brigade " + committee.substring(committee.length() - 8);

    final class Meeting {
        final ContractEvents ids = new ContractEvents();
        final String id = ids.id(MEETING_ID);
        final String date;
        final List<String> events = new ArrayList<>();

        Meeting(String date, int itemCount, String steveJohnsonAs) {
            this.date = date;
            ObjectNode event = (ObjectNode) KafkaClients.json(ids.load(MEETING_RECORDED));
            ObjectNode data = (ObjectNode) event.get("data");
            // Published at once unless draft() says otherwise, so that the public sees what the tests record.
            data.put("committee", committee).put("date", date).put("itemCount", itemCount).put("status", "PUBLISHED");
            ObjectNode steve = (ObjectNode) data.at("/attendance/present/1");
            steve.put("name", steveJohnsonAs).put("organisation", fireBrigade);
            events.add(event.toString());
        }

        /** @param deferral null, or {until, date, note} */
        Meeting item(int position, String number, String title, ObjectNode deferral, ObjectNode... actions) {
            ObjectNode event = (ObjectNode) KafkaClients.json(ids.sharing(MEETING_ID).load(ITEM_RECORDED));
            ObjectNode data = (ObjectNode) event.get("data");
            data.put("committee", committee).put("date", date).put("position", position).put("number", number)
                    .put("title", title);
            ArrayNode list = data.putArray("actions");
            for (ObjectNode a : actions) {
                list.add(a);
            }
            data.set("deferral", deferral);
            events.add(event.toString());
            return this;
        }

        /** Marks the item added last restricted (exempt), as the minutes do for confidential business. */
        Meeting restricted() {
            ObjectNode event = (ObjectNode) KafkaClients.json(events.get(events.size() - 1));
            ((ObjectNode) event.get("data")).put("restricted", true);
            events.set(events.size() - 1, event.toString());
            return this;
        }

        /** Recorded as a draft: only officers and clerks see what it gave rise to until {@link #published()}. */
        Meeting draft() {
            ObjectNode event = (ObjectNode) KafkaClients.json(events.get(0));
            ((ObjectNode) event.get("data")).put("status", "DRAFT");
            events.set(0, event.toString());
            return this;
        }

        /** The meeting.published event of this meeting, to send when the test publishes it. */
        String published() {
            ObjectNode event = (ObjectNode) KafkaClients.json(ids.sharing(MEETING_ID).load(MEETING_PUBLISHED));
            ((ObjectNode) event.get("data")).put("committee", committee).put("date", date);
            return event.toString();
        }

        /** The id actions-service gives the deferral of an item: derived from the item id, see ActionTracker. */
        String deferralId(int itemIndex) {
            String itemId = KafkaClients.json(events.get(itemIndex + 1)).at("/data/itemId").asText();
            return UUID.nameUUIDFromBytes(("deferral:" + itemId + ":0").getBytes(StandardCharsets.UTF_8)).toString();
        }
    }

    Meeting meeting(String date, int itemCount) {
        return new Meeting(date, itemCount, "Steve Johnson");
    }

    Meeting meeting(String date, int itemCount, String steveJohnsonAs) {
        return new Meeting(date, itemCount, steveJohnsonAs);
    }

    static ObjectNode action(String id, String description, String dueDate, String source, String... owners) {
        ObjectNode a = MAPPER.createObjectNode().put("actionId", id).put("description", description)
                .put("dueDate", dueDate).put("source", source);
        ArrayNode list = a.putArray("owners");
        for (String o : owners) {
            list.add(o);
        }
        a.putArray("assignees");
        return a;
    }

    static ObjectNode deferredToNextMeeting() {
        return MAPPER.createObjectNode().put("until", "NEXT_MEETING").putNull("date")
                .put("note", "This item was deferred until the next meeting.");
    }

    static ObjectNode deferredUntil(String date) {
        return MAPPER.createObjectNode().put("until", "DATE").put("date", date)
                .put("note", "Deferred – Update to be given after the meeting on " + date);
    }

    static void send(KafkaClients kafka, Meeting... meetings) {
        for (Meeting m : meetings) {
            m.events.forEach(e -> kafka.sendEvent("minutes.meetings", e));
        }
    }
}
