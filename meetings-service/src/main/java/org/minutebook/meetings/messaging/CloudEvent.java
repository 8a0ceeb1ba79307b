package org.minutebook.meetings.messaging;

import java.time.Instant;
import java.util.UUID;

/** CloudEvents 1.0 envelope, structured mode: this whole object is the Kafka record value. */
public record CloudEvent(
        String specversion,
        UUID id,
        String source,
        String type,
        String subject,
        Instant time,
        String datacontenttype,
        Object data) {

    public static final String SOURCE = "/minutebook/meetings-service";
    public static final String CONTENT_TYPE = "application/cloudevents+json; charset=UTF-8";

    public static CloudEvent of(String type, UUID subject, Instant time, Object data) {
        return new CloudEvent("1.0", UUID.randomUUID(), SOURCE, type, subject.toString(), time, "application/json",
                data);
    }
}
