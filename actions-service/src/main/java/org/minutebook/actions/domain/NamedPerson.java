package org.minutebook.actions.domain;

/** An assignee as an officer names them: anyone, not only someone listed at the meeting. */
public record NamedPerson(String name, String organisation) {
}
