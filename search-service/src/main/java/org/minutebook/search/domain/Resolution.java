package org.minutebook.search.domain;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A formal decision on an item; its text is also folded into the item's {@code resolutions_text}. */
@Entity
@Table(name = "resolution")
public class Resolution extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "item_id", nullable = false)
    public UUID itemId;

    @Column(name = "meeting_id", nullable = false)
    public UUID meetingId;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false)
    public String text;

    @Column(nullable = false)
    public String outcome;

    public static long countByMeeting(UUID meetingId) {
        return count("meetingId", meetingId);
    }
}
