package org.minutebook.messaging;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;

/**
 * Writes and reads the envelope. Anything that cannot be read throws {@link IllegalArgumentException} with the reason,
 * which the consumer skeleton turns into a dead letter whose {@code dead-letter-reason} header gives it.
 */
@ApplicationScoped
public class Envelopes {

    private final ObjectMapper mapper;
    private final String source;

    public Envelopes(ObjectMapper mapper, @ConfigProperty(name = "quarkus.application.name") String application) {
        this.mapper = mapper;
        this.source = "/minutebook/" + application;
    }

    /** This service's {@code source}: {@code /minutebook/} and the application's name. */
    public String source() {
        return source;
    }

    /** A new event of this service, with a fresh id; {@code subject} is the aggregate the event is about. */
    public CloudEvent create(String type, UUID subject, Instant time, Object data) {
        return new CloudEvent(CloudEvent.SPEC_VERSION, UUID.randomUUID(), source, type, subject.toString(), time,
                CloudEvent.DATA_CONTENT_TYPE, mapper.valueToTree(data));
    }

    public String write(CloudEvent event) {
        try {
            return mapper.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Event " + event.type() + " cannot be serialised", e);
        }
    }

    /** A record value as an envelope: a JSON object with a UUID {@code id} and a {@code type}. */
    public CloudEvent read(String value) {
        if (value == null) {
            throw new IllegalArgumentException("Record without a value");
        }
        JsonNode root;
        try {
            root = mapper.readTree(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Record value is not JSON: " + e.getOriginalMessage(), e);
        }
        String id = text(root, "id");
        String type = text(root, "type");
        if (id == null || type == null) {
            throw new IllegalArgumentException("Not a CloudEvent: id and type are required");
        }
        return new CloudEvent(text(root, "specversion"), uuid(id), text(root, "source"), type,
                text(root, "subject"), time(text(root, "time")), text(root, "datacontenttype"),
                root.has("data") ? root.get("data") : NullNode.getInstance());
    }

    /** The event's data as the consumer's own record of it; unknown fields are the record's to ignore. */
    public <T> T data(CloudEvent event, Class<T> type) {
        if (!event.data().isObject()) {
            throw new IllegalArgumentException("Event " + event.id() + " of type " + event.type() + " has no data");
        }
        try {
            return mapper.treeToValue(event.data(), type);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(
                    "Unreadable data in event " + event.id() + ": " + e.getOriginalMessage(), e);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || !value.isTextual() || value.asText().isBlank() ? null : value.asText();
    }

    private static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Not a CloudEvent of Minutebook: id " + id + " is not a UUID", e);
        }
    }

    private static Instant time(String time) {
        try {
            return time == null ? null : OffsetDateTime.parse(time).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Not a CloudEvent: time " + time + " is not an RFC 3339 timestamp", e);
        }
    }
}
