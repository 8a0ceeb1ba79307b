package org.minutebook.actions.domain;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * An owner of an action: resolved from the minutes' initials against the meeting's attendance, or named by an officer
 * (then without initials). {@code personId} is the same person across meetings.
 */
@Embeddable
public class Assignee {

    public String initials;

    @Column(nullable = false)
    public String name;

    public String organisation;

    @Column(name = "person_id")
    public UUID personId;

    public Assignee() {
    }

    public Assignee(String initials, String name, String organisation, UUID personId) {
        this.initials = initials;
        this.name = name;
        this.organisation = organisation;
        this.personId = personId;
    }
}
