package org.minutebook.actions.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

@Embeddable
public class Attendee {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AttendanceKind kind;

    @Column(nullable = false)
    public String name;

    public String honorific;
    public String organisation;
    public String role;

    public Attendee() {
    }

    public Attendee(AttendanceKind kind, String name, String honorific, String organisation, String role) {
        this.kind = kind;
        this.name = name;
        this.honorific = honorific;
        this.organisation = organisation;
        this.role = role;
    }
}
