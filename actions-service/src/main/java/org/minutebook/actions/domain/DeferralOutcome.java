package org.minutebook.actions.domain;

import java.time.LocalDate;
import java.util.UUID;

/** A deferral as one view of the register has it: its status, where it was taken, how often it was carried. */
public record DeferralOutcome(DeferralStatus status, UUID meetingId, LocalDate meetingDate, UUID itemId,
        String itemNumber, String itemTitle, int timesCarriedForward) {
}
