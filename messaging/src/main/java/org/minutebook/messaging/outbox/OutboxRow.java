package org.minutebook.messaging.outbox;

import java.util.UUID;

/**
 * An outbox row as the relay reads it: {@code payload} is the whole CloudEvent, exactly as it goes on the topic;
 * {@code traceContext} the trace it was appended in, or null.
 */
record OutboxRow(long id, UUID eventId, String key, String type, String payload, String traceContext) {

    static OutboxRow of(Object[] columns) {
        return new OutboxRow(((Number) columns[0]).longValue(), UUID.fromString((String) columns[1]),
                (String) columns[2], (String) columns[3], (String) columns[4], (String) columns[5]);
    }
}
