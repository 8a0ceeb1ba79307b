package org.minutebook.actions.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** An owner written in the minutes, resolved to one attendee of the meeting. */
@Embeddable
public class Assignee {

    @Column(nullable = false)
    public String initials;

    @Column(nullable = false)
    public String name;

    public String organisation;

    public Assignee() {
    }

    public Assignee(String initials, String name, String organisation) {
        this.initials = initials;
        this.name = name;
        this.organisation = organisation;
    }
}
