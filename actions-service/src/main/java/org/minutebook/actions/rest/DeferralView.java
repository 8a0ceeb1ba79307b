package org.minutebook.actions.rest;

import java.time.LocalDate;
import java.util.UUID;

import org.minutebook.actions.domain.DeferralStatus;
import org.minutebook.actions.domain.DeferralUntil;

/** An item put off by a meeting; {@code untilDate} is set when {@code until} is DATE. */
public record DeferralView(UUID id, UUID meetingId, String committee, LocalDate meetingDate, UUID itemId,
        String itemNumber, String itemTitle, DeferralUntil until, LocalDate untilDate, String note,
        DeferralStatus status) {
}
