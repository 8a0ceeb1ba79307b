package org.minutebook.actions.domain;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * An agenda item a meeting took: what deferrals of earlier meetings are matched against, and, counted against the
 * meeting's item count, how we know that all of a meeting's items are in.
 */
@Entity
@Table(name = "meeting_item")
public class MeetingItem extends PanacheEntityBase {

    @Id
    @Column(name = "item_id")
    public UUID itemId;

    @Column(name = "meeting_id", nullable = false)
    public UUID meetingId;

    @Column(nullable = false)
    public String committee;

    @Column(name = "meeting_date", nullable = false)
    public LocalDate meetingDate;

    @Column(nullable = false)
    public int position;

    public String number;
    public String title;

    /** Deferred again: the meeting did not take it. */
    @Column(nullable = false)
    public boolean deferred;
}
