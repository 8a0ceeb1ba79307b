package org.minutebook.search.messaging;

import com.fasterxml.jackson.databind.JsonNode;

/** The parts of a CloudEvents 1.0 envelope (structured mode) that the projections need. */
public record CloudEvent(String id, String type, String source, String subject, String time, JsonNode data) {
}
