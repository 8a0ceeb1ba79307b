package org.minutebook.meetings.domain;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
public class Attendee extends PanacheEntityBase {

    /** Which list of the minutes the person appears in. */
    public enum Kind {
        PRESENT, OFFICER, IN_ATTENDANCE, APOLOGY
    }

    @Id
    public UUID id;

    @ManyToOne(optional = false)
    public Meeting meeting;

    @Enumerated(EnumType.STRING)
    public Kind kind;

    public int position;

    public String name;

    public String honorific;

    public String organisation;

    public String role;
}
