package org.minutebook.actions.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.minutebook.actions.domain.ActionSource;
import org.minutebook.actions.domain.ActionStatus;

/**
 * A tracked action. {@code owners} as written; {@code unresolved} the owners that matched no attendee or more than one;
 * {@code allAttendees} when it was addressed to everyone ("ALL to Note").
 */
public record ActionView(UUID id, UUID meetingId, String committee, LocalDate meetingDate, UUID itemId,
        String itemNumber, String itemTitle, String description, List<String> owners, List<AssigneeView> assignees,
        List<String> unresolved, boolean allAttendees, LocalDate dueDate, ActionSource source, ActionStatus status) {
}
