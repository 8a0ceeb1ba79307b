package org.minutebook.meetings.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
public class Meeting extends PanacheEntityBase {

    public enum Status {
        DRAFT, PUBLISHED, APPROVED
    }

    @Id
    public UUID id;

    public String committee;

    /** {@link CommitteeNames#key} of the name: what makes two records the same committee. */
    public String committeeKey;

    @Column(name = "meeting_date")
    public LocalDate date;

    public LocalTime startTime;

    public String location;

    @Enumerated(EnumType.STRING)
    public Status status;

    public Instant recordedAt;

    @OneToMany(mappedBy = "meeting", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("kind, position")
    public List<Attendee> attendance = new ArrayList<>();

    @OneToMany(mappedBy = "meeting", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<Item> items = new ArrayList<>();
}
