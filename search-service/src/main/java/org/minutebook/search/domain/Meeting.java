package org.minutebook.search.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A meeting as search knows it from {@code minutes.meeting.recorded}; written by upserts in the projections. */
@Entity
@Table(name = "meeting")
public class Meeting extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String committee;

    @Column(nullable = false)
    public LocalDate date;

    @Column(name = "start_time")
    public LocalTime startTime;

    public String location;

    @Column(nullable = false)
    public String status;

    /** When search last changed the row; what an incremental sync compares against. */
    @Column(name = "modified_at", insertable = false, updatable = false)
    public Instant modifiedAt;
}
