package org.minutebook.actions.messaging;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.minutebook.actions.domain.Deferral;
import org.minutebook.actions.domain.TrackedAction;

/**
 * The data of the events this service publishes on minutes.actions; the contract is
 * {@code shared/src/main/resources/contracts/minutes.actions}. Fields may be added, never renamed or dropped.
 */
public final class ActionEvents {

    public static final String ACTION_ASSIGNED = "minutes.action.assigned";
    public static final String ITEM_DEFERRED = "minutes.item.deferred";

    private ActionEvents() {
    }

    public record ActionAssigned(UUID actionId, UUID meetingId, String committee, LocalDate meetingDate, UUID itemId,
            String itemNumber, String itemTitle, String description, List<String> owners,
            List<AssigneeData> assignees, List<String> unresolved, boolean allAttendees, LocalDate dueDate,
            String source, String status) {
    }

    public record AssigneeData(String initials, String name, String organisation) {
    }

    public record ItemDeferred(UUID deferralId, UUID meetingId, String committee, LocalDate meetingDate, UUID itemId,
            String itemNumber, String itemTitle, String until, LocalDate untilDate, String note, String status) {
    }

    public static ActionAssigned assigned(TrackedAction a) {
        List<AssigneeData> assignees = a.assignees.stream()
                .map(x -> new AssigneeData(x.initials, x.name, x.organisation))
                .toList();
        return new ActionAssigned(a.id, a.meetingId, a.committee, a.meetingDate, a.itemId, a.itemNumber, a.itemTitle,
                a.description, List.copyOf(a.owners), assignees, List.copyOf(a.unresolved), a.allAttendees,
                a.dueDate, a.source.name(), a.status.name());
    }

    public static ItemDeferred deferred(Deferral d) {
        return new ItemDeferred(d.id, d.meetingId, d.committee, d.meetingDate, d.itemId, d.itemNumber, d.itemTitle,
                d.until.name(), d.untilDate, d.note, d.status.name());
    }
}
