package org.minutebook.actions.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.minutebook.actions.domain.ActionStatus;
import org.minutebook.actions.domain.DeferralUntil;

/**
 * The matters arising for a committee's meeting on or after {@code before}; {@code meetingId}/{@code meetingDate} name
 * that meeting once it is recorded (null before). Oldest first; the totals count beyond the lists' limit.
 */
public record MattersArisingView(String committee, LocalDate before, UUID meetingId, LocalDate meetingDate,
        List<PendingAction> actions, List<PendingDeferral> deferrals, long actionsTotal, long deferralsTotal) {

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
