package org.minutebook.actions.rest;

/** {@code initials} is the owner as the minutes wrote it. */
public record AssigneeView(String initials, String name, String organisation) {
}
