package org.minutebook.search.service.webhook;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** One event of a subscription's delivery log; the body is what was (or will be) sent, kept for a redelivery. */
public record Delivery(long sequence, String eventId, String type, String status, int attempts, Integer lastStatus,
        String lastError, Instant lastAttemptAt, Instant nextAttemptAt, @JsonIgnore String body) {

    public static final String PENDING = "pending";
    public static final String DELIVERED = "delivered";
    public static final String FAILED = "failed";
}
