package org.minutebook.search.messaging;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** Data of {@code minutes.item.deferred}: only what the item status needs for now. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ItemDeferred(UUID deferralId, UUID meetingId, UUID itemId, String until, LocalDate untilDate,
        String note, String status) {

    public ItemDeferred {
        Objects.requireNonNull(deferralId, "deferralId");
        Objects.requireNonNull(meetingId, "meetingId");
        Objects.requireNonNull(itemId, "itemId");
        status = status == null ? "OUTSTANDING" : status;
    }
}
