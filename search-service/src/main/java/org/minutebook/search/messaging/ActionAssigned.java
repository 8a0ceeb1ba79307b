package org.minutebook.search.messaging;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** Data of {@code minutes.action.assigned}: only what the item status needs for now. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ActionAssigned(UUID actionId, UUID meetingId, UUID itemId, String description, String status) {

    public ActionAssigned {
        Objects.requireNonNull(actionId, "actionId");
        Objects.requireNonNull(meetingId, "meetingId");
        Objects.requireNonNull(itemId, "itemId");
        status = status == null ? "OPEN" : status;
    }
}
