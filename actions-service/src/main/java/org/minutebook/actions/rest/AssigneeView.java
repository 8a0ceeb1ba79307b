package org.minutebook.actions.rest;

import java.util.UUID;

/**
 * {@code initials} is the owner as the minutes wrote it (none when an officer assigned the person); {@code personId}
 * is the same person in every meeting: see {@code /api/people/{id}/actions}.
 */
public record AssigneeView(String initials, String name, String organisation, UUID personId) {
}
