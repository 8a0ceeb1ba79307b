package org.minutebook.search.domain;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * An agenda item denormalised with its meeting's committee and date, so that a search hit needs no join. The
 * generated {@code search} tsvector is left unmapped: only SQL reads it.
 */
@Entity
@Table(name = "item")
public class Item extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "meeting_id", nullable = false)
    public UUID meetingId;

    @Column(nullable = false)
    public String committee;

    @Column(name = "meeting_date", nullable = false)
    public LocalDate meetingDate;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false)
    public String number;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public boolean restricted;

    public String text;

    @Column(name = "resolutions_text")
    public String resolutionsText;

    public static long countByMeeting(UUID meetingId) {
        return count("meetingId", meetingId);
    }
}
