package org.minutebook.search.service;

import java.util.Iterator;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.minutebook.messaging.CloudEvent;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Makes an event fit for the public stream. An event about a restricted item keeps only identifiers, numbers,
 * titles, dates and statuses (an allow-list, so that fields added to the contract later stay out too); an action of a
 * restricted item is not public at all, so its events are left out. An actions event whose item search has not seen
 * yet, and that does not say, is treated as restricted text, since search cannot tell.
 */
@ApplicationScoped
public class StreamRedaction {

    private static final Set<String> PUBLIC_FIELDS = Set.of("meetingId", "committee", "date", "meetingDate",
            "itemId", "itemNumber", "number", "minuteReference", "itemTitle", "title", "position", "resolutionId",
            "actionId",
            "deferralId", "changeId", "outcome", "status", "fromStatus", "toStatus", "until", "untilDate", "dueDate",
            "version", "timesCarriedForward", "resolvedMeetingId", "resolvedMeetingDate", "resolvedItemId",
            "resolvedItemNumber", "carriedPastMeetingId", "carriedPastMeetingDate", "restricted");

    private final EntityManager em;
    private final ObjectMapper mapper;

    public StreamRedaction(EntityManager em, ObjectMapper mapper) {
        this.em = em;
        this.mapper = mapper;
    }

    /** @return null when the event is not for the public stream at all: an action of a restricted item */
    public String payload(String topic, CloudEvent event) {
        ObjectNode envelope = envelope(topic, event);
        JsonNode data = event.data();
        if (data.isObject()) {
            ObjectNode copy = ((ObjectNode) data).deepCopy();
            Boolean restricted = restricted(topic, copy);
            if (Boolean.TRUE.equals(restricted) && isAction(event.type())) {
                return null;
            }
            if (restricted == null || restricted) {
                redact(copy);
                if (restricted == null) {
                    copy.put("textWithheld", true);
                } else {
                    copy.put("restricted", true);
                }
            }
            envelope.set("data", copy);
        }
        return envelope.toString();
    }

    /** The event as consumed, in the same envelope: for webhook subscriptions bound to the officer role. */
    public String officerPayload(String topic, CloudEvent event) {
        ObjectNode envelope = envelope(topic, event);
        envelope.set("data", event.data());
        return envelope.toString();
    }

    private ObjectNode envelope(String topic, CloudEvent event) {
        return mapper.createObjectNode()
                .put("specversion", "1.0")
                .put("id", event.id().toString())
                .put("source", event.source())
                .put("type", event.type())
                .put("subject", event.subject())
                .put("time", event.time() == null ? null : event.time().toString())
                .put("topic", topic);
    }

    /** True or false when known; null for an actions event about an item not seen yet. */
    private Boolean restricted(String topic, ObjectNode data) {
        if (data.path("restricted").asBoolean(false)) {
            return true;
        }
        String itemId = text(data, "itemId");
        String actionId = text(data, "actionId");
        String deferralId = text(data, "deferralId");
        if (itemId == null && actionId == null && deferralId == null) {
            return false; // a meeting-level event: nothing restricted in it
        }
        // Three key lookups: OR-ed subqueries would make PostgreSQL scan every item for each event.
        Object known = em.createNativeQuery("""
                SELECT bool_or(i.restricted) FROM item i WHERE i.id IN (
                    SELECT CAST(:itemId AS uuid)
                    UNION ALL SELECT a.item_id FROM item_action a WHERE a.action_id = CAST(:actionId AS uuid)
                    UNION ALL SELECT s.item_id FROM item_status s WHERE s.deferral_id = CAST(:deferralId AS uuid))""")
                .setParameter("itemId", itemId)
                .setParameter("actionId", actionId)
                .setParameter("deferralId", deferralId)
                .getSingleResult();
        if (known == null) {
            // The producer knew the item when it wrote the event; only an event that does not say is doubtful.
            return StreamLog.MEETINGS.equals(topic) || data.path("restricted").isBoolean() ? Boolean.FALSE : null;
        }
        return (Boolean) known;
    }

    static boolean isAction(String type) {
        return type != null && type.startsWith("minutes.action.");
    }

    /** Keeps the allow-listed fields only: what the public may see of any record, whatever became of it. */
    static void redact(ObjectNode data) {
        for (Iterator<String> names = data.fieldNames(); names.hasNext();) {
            if (!PUBLIC_FIELDS.contains(names.next())) {
                names.remove();
            }
        }
    }

    /** The field when it is a UUID; anything else could not name a row anyway. */
    private static String text(ObjectNode data, String field) {
        JsonNode value = data.get(field);
        if (value == null || !value.isTextual()) {
            return null;
        }
        try {
            return UUID.fromString(value.asText()).toString();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
