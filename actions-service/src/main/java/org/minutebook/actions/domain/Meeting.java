package org.minutebook.actions.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A meeting as far as actions need it: who attended, to resolve the initials in its action column. */
@Entity
@Table(name = "meeting")
public class Meeting extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String committee;

    @Column(name = "meeting_date", nullable = false)
    public LocalDate date;

    /** How many items the record has (meeting.recorded's itemCount); null from producers that do not say. */
    @Column(name = "item_count")
    public Integer itemCount;

    /** DRAFT, PUBLISHED or APPROVED: what the meeting gave rise to is public unless it is a draft. */
    @Column(nullable = false)
    public String status = DRAFT;

    public static final String DRAFT = "DRAFT";

    public boolean isPublic() {
        return !DRAFT.equals(status);
    }

    @ElementCollection
    @CollectionTable(name = "meeting_attendee", joinColumns = @JoinColumn(name = "meeting_id"))
    @OrderColumn(name = "position")
    public List<Attendee> attendees = new ArrayList<>();
}
