package org.minutebook.search.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads the CloudEvent JSON that is the Kafka record value. Anything unreadable throws, so the message is nacked and
 * parked on the dead-letter topic rather than silently dropped.
 */
@ApplicationScoped
public class EnvelopeReader {

    private final ObjectMapper mapper;

    public EnvelopeReader(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public CloudEvent read(String value) {
        if (value == null) {
            throw new IllegalArgumentException("Record without a value");
        }
        try {
            JsonNode root = mapper.readTree(value);
            String id = text(root, "id");
            String type = text(root, "type");
            if (id == null || type == null) {
                throw new IllegalArgumentException("Not a CloudEvent: id and type are required");
            }
            return new CloudEvent(id, type, text(root, "source"), text(root, "subject"), text(root, "time"),
                    root.path("data"));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Record value is not JSON", e);
        }
    }

    public <T> T data(CloudEvent event, Class<T> type) {
        if (!event.data().isObject()) {
            throw new IllegalArgumentException("Event " + event.id() + " of type " + event.type() + " has no data");
        }
        try {
            return mapper.treeToValue(event.data(), type);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Unreadable data in event " + event.id() + ": " + e.getOriginalMessage(),
                    e);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || !value.isTextual() || value.asText().isBlank() ? null : value.asText();
    }
}
