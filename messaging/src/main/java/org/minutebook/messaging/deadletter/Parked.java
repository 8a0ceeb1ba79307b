package org.minutebook.messaging.deadletter;

import java.time.Instant;

/** A record of a dead-letter topic as read, with what its headers and its envelope say. */
record Parked(String topic, int partition, long offset, Instant time, String key, String value, String group,
        String reason, String exception, String cause, String causeClass, String originalTopic,
        Long originalPartition, Long originalOffset, String eventId, String eventType) {
}
