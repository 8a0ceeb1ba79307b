package org.minutebook.actions.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An action the minutes give to someone, followed up until done. Its id is the one the meeting record gave it. */
@Entity
@Table(name = "tracked_action")
public class TrackedAction extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "meeting_id", nullable = false)
    public UUID meetingId;

    @Column(nullable = false)
    public String committee;

    @Column(name = "meeting_date", nullable = false)
    public LocalDate meetingDate;

    @Column(name = "item_id", nullable = false)
    public UUID itemId;

    @Column(name = "item_number")
    public String itemNumber;

    @Column(name = "item_title")
    public String itemTitle;

    @Column(name = "item_position", nullable = false)
    public int itemPosition;

    /** Of a restricted (exempt) item: only officers and clerks see it. */
    @Column(nullable = false)
    public boolean restricted;

    /** Where the minutes list it among the item's actions. */
    @Column(name = "action_position", nullable = false)
    public int actionPosition;

    @Column(nullable = false)
    public String description;

    /** As written in the minutes: initials, "ALL to Note", occasionally a name. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> owners = new ArrayList<>();

    // Loaded in batches so that a page of actions costs a couple of queries, not one per action.
    @ElementCollection
    @BatchSize(size = 50)
    @CollectionTable(name = "action_assignee", joinColumns = @JoinColumn(name = "action_id"))
    @OrderColumn(name = "position")
    public List<Assignee> assignees = new ArrayList<>();

    /** Owners that matched no attendee, or more than one. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> unresolved = new ArrayList<>();

    @Column(name = "all_attendees", nullable = false)
    public boolean allAttendees;

    @Column(name = "due_date")
    public LocalDate dueDate;

    /** The same worked out from published meetings only: what the public sees (RegisterView.PUBLIC). */
    @Column(name = "public_due_date")
    public LocalDate publicDueDate;

    /** The minutes gave no date: due at the committee's next meeting, whose date fills dueDate once recorded. */
    @Column(name = "due_next_meeting", nullable = false)
    public boolean dueNextMeeting;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ActionSource source;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ActionStatus status;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    public LocalDate dueDate(RegisterView view) {
        return view == RegisterView.PUBLIC ? publicDueDate : dueDate;
    }

    /** Open or in progress and due before today, as the view has its due date. */
    public boolean isOverdue(RegisterView view, LocalDate today) {
        LocalDate due = dueDate(view);
        return (status == ActionStatus.OPEN || status == ActionStatus.IN_PROGRESS) && due != null
                && due.isBefore(today);
    }
}
