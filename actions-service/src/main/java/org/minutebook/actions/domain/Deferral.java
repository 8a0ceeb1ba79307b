package org.minutebook.actions.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Formula;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An agenda item the meeting put off; one per item. */
@Entity
@Table(name = "deferral")
public class Deferral extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "meeting_id", nullable = false)
    public UUID meetingId;

    @Column(nullable = false)
    public String committee;

    @Column(name = "meeting_date", nullable = false)
    public LocalDate meetingDate;

    @Column(name = "item_id", nullable = false, unique = true)
    public UUID itemId;

    @Column(name = "item_number")
    public String itemNumber;

    @Column(name = "item_title")
    public String itemTitle;

    /** Of a restricted (exempt) item: the public sees its number and title, not the note. */
    @Column(nullable = false)
    public boolean restricted;

    @Column(name = "item_position", nullable = false)
    public int itemPosition;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DeferralUntil until;

    @Column(name = "until_date")
    public LocalDate untilDate;

    public String note;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DeferralStatus status;

    /** Where a later meeting took the item, once RESOLVED. */
    @Column(name = "resolved_meeting_id")
    public UUID resolvedMeetingId;

    @Column(name = "resolved_meeting_date")
    public LocalDate resolvedMeetingDate;

    @Column(name = "resolved_item_id")
    public UUID resolvedItemId;

    @Column(name = "resolved_item_number")
    public String resolvedItemNumber;

    @Column(name = "resolved_item_title")
    public String resolvedItemTitle;

    /** Later meetings held without the item (rows of deferral_carry, kept by DeferralReconciler). */
    @Formula("(select count(*) from deferral_carry c where c.deferral_id = id)")
    public int timesCarriedForward;

    /** The same as the public sees it: taken, and carried, by published meetings only (RegisterView.PUBLIC). */
    @Enumerated(EnumType.STRING)
    @Column(name = "public_status", nullable = false)
    public DeferralStatus publicStatus = DeferralStatus.OUTSTANDING;

    @Column(name = "public_resolved_meeting_id")
    public UUID publicResolvedMeetingId;

    @Column(name = "public_resolved_meeting_date")
    public LocalDate publicResolvedMeetingDate;

    @Column(name = "public_resolved_item_id")
    public UUID publicResolvedItemId;

    @Column(name = "public_resolved_item_number")
    public String publicResolvedItemNumber;

    @Column(name = "public_resolved_item_title")
    public String publicResolvedItemTitle;

    @Formula("(select count(*) from deferral_public_carry c where c.deferral_id = id)")
    public int publicTimesCarriedForward;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** The carry count as loaded; a reconciliation counts the rows it writes itself. */
    public DeferralOutcome outcome(RegisterView view) {
        return view == RegisterView.PUBLIC
                ? new DeferralOutcome(publicStatus, publicResolvedMeetingId, publicResolvedMeetingDate,
                        publicResolvedItemId, publicResolvedItemNumber, publicResolvedItemTitle,
                        publicTimesCarriedForward)
                : new DeferralOutcome(status, resolvedMeetingId, resolvedMeetingDate, resolvedItemId,
                        resolvedItemNumber, resolvedItemTitle, timesCarriedForward);
    }

    /** @param taken the item that took it in this view; null: OUTSTANDING again */
    public void takenBy(RegisterView view, MeetingItem taken) {
        DeferralStatus now = taken == null ? DeferralStatus.OUTSTANDING : DeferralStatus.RESOLVED;
        UUID meeting = taken == null ? null : taken.meetingId;
        LocalDate date = taken == null ? null : taken.meetingDate;
        UUID item = taken == null ? null : taken.itemId;
        String number = taken == null ? null : taken.number;
        String title = taken == null ? null : taken.title;
        if (view == RegisterView.PUBLIC) {
            publicStatus = now;
            publicResolvedMeetingId = meeting;
            publicResolvedMeetingDate = date;
            publicResolvedItemId = item;
            publicResolvedItemNumber = number;
            publicResolvedItemTitle = title;
        } else {
            status = now;
            resolvedMeetingId = meeting;
            resolvedMeetingDate = date;
            resolvedItemId = item;
            resolvedItemNumber = number;
            resolvedItemTitle = title;
        }
        updatedAt = Instant.now();
    }
}
