package org.minutebook.actions.messaging;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;

/** A structured-mode CloudEvents 1.0 envelope as read from minutes.meetings; {@code data} is read by type. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CloudEvent(String specversion, UUID id, String source, String type, String subject, String time,
        JsonNode data) {
}
