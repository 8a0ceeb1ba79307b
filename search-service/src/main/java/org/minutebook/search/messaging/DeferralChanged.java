package org.minutebook.search.messaging;

import java.util.Objects;
import java.util.UUID;

import org.minutebook.messaging.EventTypes;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** Data of {@code minutes.deferral.resolved} and {@code minutes.deferral.carried-forward}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DeferralChanged(UUID deferralId, UUID meetingId, UUID itemId, String status,
        Integer timesCarriedForward) {

    public DeferralChanged {
        Objects.requireNonNull(deferralId, "deferralId");
        Objects.requireNonNull(itemId, "itemId");
    }

    public String newStatus(String type) {
        if (status != null) {
            return status;
        }
        return EventTypes.DEFERRAL_RESOLVED.equals(type) ? "RESOLVED" : "OUTSTANDING";
    }
}
