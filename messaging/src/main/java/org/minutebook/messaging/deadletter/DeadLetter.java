package org.minutebook.messaging.deadletter;

import java.time.Instant;

/**
 * A dead-lettered record as an operator sees it: where it sits ({@code topic}, {@code partition}, {@code offset} of the
 * dead-letter topic), when it was parked, why (the failure's message and class, and its cause's), where it came from,
 * which event it holds (null when the record is not a readable envelope), and whether it was replayed.
 */
public record DeadLetter(String topic, int partition, long offset, Instant time, String consumerGroup,
        String reason, String exception, String cause, String causeClass, String originalTopic,
        Long originalPartition, Long originalOffset, String key, String eventId, String eventType, boolean replayed,
        Instant replayedAt) {

    static DeadLetter of(Parked p, Instant replayedAt) {
        return new DeadLetter(p.topic(), p.partition(), p.offset(), p.time(), p.group(), p.reason(), p.exception(),
                p.cause(), p.causeClass(), p.originalTopic(), p.originalPartition(), p.originalOffset(), p.key(),
                p.eventId(), p.eventType(), replayedAt != null, replayedAt);
    }
}
