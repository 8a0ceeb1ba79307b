package org.minutebook.messaging;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A CloudEvents 1.0 envelope in structured mode: this whole object, as JSON, is the Kafka record value. Written and
 * read only through {@link Envelopes}, so every service puts the same fields on the wire.
 */
public record CloudEvent(
        String specversion,
        UUID id,
        String source,
        String type,
        String subject,
        Instant time,
        String datacontenttype,
        JsonNode data) {

    public static final String SPEC_VERSION = "1.0";
    public static final String DATA_CONTENT_TYPE = "application/json";
    /**
     * The Kafka {@code content-type} header of every record. No charset parameter: JSON is UTF-8 by definition (RFC
     * 8259), and the media type defines none.
     */
    public static final String CONTENT_TYPE = "application/cloudevents+json";
}
