package org.minutebook.actions.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.minutebook.actions.domain.ActionStatus;

/** One officer change: {@code assignees} and {@code dueDate} only when that change set them. */
public record ChangeView(UUID id, Instant at, String by, ActionStatus from, ActionStatus to, boolean reopen,
        List<PersonInput> assignees, LocalDate dueDate, String note) {
}
