package org.minutebook.search.messaging;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** Data of {@code minutes.resolution.recorded}: the fields search keeps. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ResolutionRecorded(UUID meetingId, UUID itemId, UUID resolutionId, int position, String text,
        String outcome) {

    public ResolutionRecorded {
        Objects.requireNonNull(meetingId, "meetingId");
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(resolutionId, "resolutionId");
        Objects.requireNonNull(text, "text");
        outcome = outcome == null ? "OTHER" : outcome;
    }
}
