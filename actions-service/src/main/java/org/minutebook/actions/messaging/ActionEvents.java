package org.minutebook.actions.messaging;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.minutebook.actions.domain.ActionChange;
import org.minutebook.actions.domain.Deferral;
import org.minutebook.actions.domain.NamedPerson;
import org.minutebook.actions.domain.TrackedAction;

/**
 * The data of the events this service publishes on minutes.actions; the contract is
 * the minutes.actions channel of {@code asyncapi.yaml} (in shared). Fields may be added, never renamed or dropped.
 * <p>
 * The topic feeds the public stream, so what the register works out (due dates, resolutions, carries) is given as
 * the public register has it, from published meetings only; {@code restricted} says an action belongs to a restricted
 * item, which the public does not see at all.
 */
public final class ActionEvents {

    private ActionEvents() {
    }

    public record ActionAssigned(UUID actionId, UUID meetingId, String committee, LocalDate meetingDate, UUID itemId,
            String itemNumber, String itemTitle, String description, List<String> owners,
            List<AssigneeData> assignees, List<String> unresolved, boolean allAttendees, LocalDate dueDate,
            boolean dueAtNextMeeting, String source, boolean inferred, String status, boolean restricted) {
    }

    public record AssigneeData(String initials, String name, String organisation, UUID personId) {
    }

    /**
     * An officer's change, complete enough to be applied again on replay ({@code changeId} … {@code changedDueDate}),
     * and the action as it stands after it.
     */
    public record ActionUpdated(UUID changeId, UUID actionId, UUID meetingId, String committee, String changedBy,
            Instant changedAt, String fromStatus, String toStatus, boolean reopen, String note,
            List<NamedPerson> changedAssignees, LocalDate changedDueDate, String status,
            List<AssigneeData> assignees, LocalDate dueDate, long version, boolean restricted) {
    }

    public record ActionCompleted(UUID actionId, UUID changeId, UUID meetingId, String committee,
            LocalDate meetingDate, String itemNumber, String itemTitle, String description,
            List<AssigneeData> assignees, String completedBy, Instant completedAt, String note, boolean restricted) {
    }

    public record ItemDeferred(UUID deferralId, UUID meetingId, String committee, LocalDate meetingDate, UUID itemId,
            String itemNumber, String itemTitle, String until, LocalDate untilDate, String note, String status) {
    }

    public record DeferralResolved(UUID deferralId, UUID meetingId, String committee, LocalDate meetingDate,
            UUID itemId, String itemNumber, String itemTitle, UUID resolvedMeetingId, LocalDate resolvedMeetingDate,
            UUID resolvedItemId, String resolvedItemNumber, String resolvedItemTitle, int timesCarriedForward,
            String status) {
    }

    public record DeferralCarriedForward(UUID deferralId, UUID meetingId, String committee, LocalDate meetingDate,
            UUID itemId, String itemNumber, String itemTitle, String until, LocalDate untilDate,
            UUID carriedPastMeetingId, LocalDate carriedPastMeetingDate, int timesCarriedForward, String status) {
    }

    public static ActionAssigned assigned(TrackedAction a) {
        return new ActionAssigned(a.id, a.meetingId, a.committee, a.meetingDate, a.itemId, a.itemNumber, a.itemTitle,
                a.description, List.copyOf(a.owners), assignees(a), List.copyOf(a.unresolved), a.allAttendees,
                a.publicDueDate, a.dueNextMeeting, a.source.name(), a.source.inferred(), a.status.name(),
                a.restricted);
    }

    public static ActionUpdated updated(ActionChange c, List<NamedPerson> changedAssignees, TrackedAction a) {
        return new ActionUpdated(c.id, a.id, a.meetingId, a.committee, c.changedBy, c.changedAt,
                c.fromStatus == null ? null : c.fromStatus.name(), c.toStatus.name(), c.reopen, c.note,
                changedAssignees, c.dueDate, a.status.name(), assignees(a), a.publicDueDate, a.version, a.restricted);
    }

    public static ActionCompleted completed(ActionChange c, TrackedAction a) {
        return new ActionCompleted(a.id, c.id, a.meetingId, a.committee, a.meetingDate, a.itemNumber, a.itemTitle,
                a.description, assignees(a), c.changedBy, c.changedAt, c.note, a.restricted);
    }

    public static ItemDeferred deferred(Deferral d) {
        return new ItemDeferred(d.id, d.meetingId, d.committee, d.meetingDate, d.itemId, d.itemNumber, d.itemTitle,
                d.until.name(), d.untilDate, d.note, d.publicStatus.name());
    }

    /** As the public register has it: the published meeting that took the item. */
    public static DeferralResolved resolved(Deferral d, int timesCarriedForward) {
        return new DeferralResolved(d.id, d.meetingId, d.committee, d.meetingDate, d.itemId, d.itemNumber,
                d.itemTitle, d.publicResolvedMeetingId, d.publicResolvedMeetingDate, d.publicResolvedItemId,
                d.publicResolvedItemNumber, d.publicResolvedItemTitle, timesCarriedForward, d.publicStatus.name());
    }

    public static DeferralCarriedForward carriedForward(Deferral d, UUID pastMeetingId, LocalDate pastMeetingDate,
            int timesCarriedForward) {
        return new DeferralCarriedForward(d.id, d.meetingId, d.committee, d.meetingDate, d.itemId, d.itemNumber,
                d.itemTitle, d.until.name(), d.untilDate, pastMeetingId, pastMeetingDate, timesCarriedForward,
                d.publicStatus.name());
    }

    private static List<AssigneeData> assignees(TrackedAction a) {
        return a.assignees.stream()
                .map(x -> new AssigneeData(x.initials, x.name, x.organisation, x.personId))
                .toList();
    }
}
