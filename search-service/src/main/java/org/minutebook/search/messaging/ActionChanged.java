package org.minutebook.search.messaging;

import java.util.Objects;
import java.util.UUID;

import org.minutebook.messaging.EventTypes;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * Data of {@code minutes.action.updated} and {@code minutes.action.completed}: only the action's new status. A
 * completion need not carry a status, so it is DONE unless it says otherwise.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ActionChanged(UUID actionId, String status, String toStatus) {

    public ActionChanged {
        Objects.requireNonNull(actionId, "actionId");
    }

    public String newStatus(String type) {
        if (status != null) {
            return status;
        }
        if (toStatus != null) {
            return toStatus;
        }
        return EventTypes.ACTION_COMPLETED.equals(type) ? "DONE" : null;
    }
}
