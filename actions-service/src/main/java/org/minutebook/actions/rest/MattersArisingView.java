package org.minutebook.actions.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.minutebook.actions.domain.ActionStatus;
import org.minutebook.actions.domain.DeferralUntil;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The matters arising for a committee's meeting on or after {@code before}; {@code meetingId}/{@code meetingDate} name
 * that meeting once it is recorded (null before). Oldest first; the totals count beyond the lists' limit, up to 10,000
 * ({@code actionsTotalIsExact}, {@code deferralsTotalIsExact} false beyond).
 */
public record MattersArisingView(String committee, LocalDate before, UUID meetingId, LocalDate meetingDate,
        List<PendingAction> actions, List<PendingDeferral> deferrals,
        @Schema(description = "How many open actions there are, counted up to 10,000") long actionsTotal,
        @Schema(description = "False when there are more than 10,000 (actionsTotal is then 10,000)") boolean actionsTotalIsExact,
        @Schema(description = "How many outstanding deferrals there are, counted up to 10,000") long deferralsTotal,
        @Schema(description = "False when there are more than 10,000 (deferralsTotal is then 10,000)") boolean deferralsTotalIsExact) {

    /** Where an entry came from. */
    public record Origin(UUID meetingId, LocalDate meetingDate, String itemNumber, String itemTitle) {
    }

    public record PendingAction(UUID actionId, Origin from, String description, List<String> assignees,
            List<String> unresolved, boolean allAttendees, LocalDate dueDate, boolean overdue, ActionStatus status,
            boolean inferred, int meetingsWaited) {
    }

    public record PendingDeferral(UUID deferralId, Origin from, DeferralUntil until, LocalDate untilDate, String note,
            boolean overdue, int timesCarriedForward, int meetingsWaited) {
    }
}
