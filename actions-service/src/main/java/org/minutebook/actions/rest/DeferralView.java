package org.minutebook.actions.rest;

import java.time.LocalDate;
import java.util.UUID;

import org.minutebook.actions.domain.DeferralStatus;
import org.minutebook.actions.domain.DeferralUntil;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An item put off by a meeting; {@code untilDate} is set when {@code until} is DATE, and it is {@code overdue} once
 * that date has passed. {@code timesCarriedForward}: later meetings held without it ({@code flagged} from the first);
 * {@code resolvedBy}: where a later meeting took it.
 */
public record DeferralView(UUID id, UUID meetingId, String committee, LocalDate meetingDate, UUID itemId,
        String itemNumber, String itemTitle, boolean restricted, DeferralUntil until, LocalDate untilDate, String note,
        DeferralStatus status, int timesCarriedForward, boolean flagged, boolean overdue,
        @JsonInclude(JsonInclude.Include.NON_NULL) TakenAt resolvedBy) {

    public record TakenAt(UUID meetingId, LocalDate meetingDate, UUID itemId, String itemNumber, String itemTitle) {
    }
}
