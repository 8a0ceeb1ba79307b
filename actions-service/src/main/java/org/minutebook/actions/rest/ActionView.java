package org.minutebook.actions.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.minutebook.actions.domain.ActionSource;
import org.minutebook.actions.domain.ActionStatus;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A tracked action. {@code owners} as written; {@code unresolved} the owners that matched no attendee or more than one;
 * {@code allAttendees} when it was addressed to everyone ("ALL to Note"); {@code inferred} when read from a sentence
 * rather than the action column; {@code dueAtNextMeeting} when the minutes gave no date, so that {@code dueDate} is the
 * committee's next meeting (null until that is recorded). {@code version} goes back in a PATCH to guard against
 * overwriting someone else's change. {@code history} only on the single action.
 */
public record ActionView(UUID id, UUID meetingId, String committee, LocalDate meetingDate, UUID itemId,
        String itemNumber, String itemTitle, String description, List<String> owners, List<AssigneeView> assignees,
        List<String> unresolved, boolean allAttendees, LocalDate dueDate, boolean dueAtNextMeeting, boolean overdue,
        ActionSource source, boolean inferred, ActionStatus status, long version,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<ChangeView> history) {
}
