package org.minutebook.search.service.webhook;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * A webhook subscription as the clerk reads it; the secret is never part of it (it is shown once, by
 * {@link WebhookCreated}). No types means every type.
 */
public record Subscription(UUID id, String url, List<String> types, String committee, String audience,
        boolean enabled, String disabledReason, int consecutiveFailures, Instant createdAt,
        @JsonIgnore long cursor) {

    public static final String PUBLIC = "public";
    public static final String OFFICER = "officer";

    boolean officer() {
        return OFFICER.equals(audience);
    }
}
