package org.minutebook.actions.service;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.minutebook.actions.domain.AttendanceKind;
import org.minutebook.actions.domain.Attendee;
import org.minutebook.actions.domain.Meeting;
import org.minutebook.actions.messaging.MeetingEvents.Attendance;
import org.minutebook.actions.messaging.MeetingEvents.MeetingRecorded;
import org.minutebook.actions.messaging.MeetingEvents.StatusChanged;
import org.minutebook.actions.messaging.MeetingEvents.Person;

/**
 * Keeps each meeting's attendance, the reference its actions' initials are resolved against, and its date and size,
 * which decide the next-meeting due dates of earlier actions and when earlier deferrals were carried forward.
 */
@ApplicationScoped
public class MeetingRecorder {

    private static final Set<String> STATUSES = Set.of(Meeting.DRAFT, "PUBLISHED", "APPROVED");

    private final NextMeetingDueDates dueDates;
    private final DeferralReconciler deferrals;

    public MeetingRecorder(NextMeetingDueDates dueDates, DeferralReconciler deferrals) {
        this.dueDates = dueDates;
        this.deferrals = deferrals;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(MeetingRecorded event) {
        Required.notNull(event.meetingId(), "meetingId");
        Meeting meeting = Meeting.findById(event.meetingId());
        boolean created = meeting == null;
        if (created) {
            meeting = new Meeting();
            meeting.id = event.meetingId();
        }
        meeting.committee = Required.notBlank(event.committee(), "committee");
        meeting.date = Required.notNull(event.date(), "date");
        meeting.itemCount = event.itemCount();
        boolean wasPublic = !created && meeting.isPublic();
        meeting.status = status(event.status());
        // A re-recorded meeting replaces its attendance as a whole.
        meeting.attendees.clear();
        Attendance attendance = event.attendance();
        if (attendance != null) {
            add(meeting, AttendanceKind.PRESENT, attendance.present());
            add(meeting, AttendanceKind.OFFICER, attendance.officers());
            add(meeting, AttendanceKind.IN_ATTENDANCE, attendance.inAttendance());
            add(meeting, AttendanceKind.APOLOGY, attendance.apologies());
        }
        // Only once complete: Hibernate inserts the state the entity has when persisted.
        if (created) {
            meeting.persist();
        }
        dueDates.meetingRecorded(meeting);
        if (created) {
            deferrals.meetingArrived(meeting);
        } else {
            // A re-recorded meeting may have moved or changed size: its committee's deferrals are judged again.
            deferrals.reconcileCommittee(meeting.committee, false);
            if (!wasPublic && meeting.isPublic()) {
                deferrals.meetingPublished(meeting);
            }
        }
    }

    /**
     * Published or approved: the meeting's actions and deferrals become public, and so does what it did to earlier
     * ones (deferrals it took or passed, next-meeting due dates). A meeting not seen is skipped.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void statusChanged(StatusChanged event) {
        Required.notNull(event.meetingId(), "meetingId");
        Meeting meeting = Meeting.findById(event.meetingId());
        if (meeting == null) {
            return;
        }
        boolean wasPublic = meeting.isPublic();
        meeting.status = status(Required.notBlank(event.status(), "status"));
        if (!wasPublic && meeting.isPublic()) {
            // Until now the public register was worked out as if this meeting did not exist.
            dueDates.meetingPublished(meeting);
            deferrals.meetingPublished(meeting);
        }
    }

    private static String status(String status) {
        if (status == null) {
            return Meeting.DRAFT;
        }
        if (!STATUSES.contains(status)) {
            throw new IllegalArgumentException("Unknown meeting status: " + status);
        }
        return status;
    }

    private static void add(Meeting meeting, AttendanceKind kind, List<Person> people) {
        if (people == null) {
            return;
        }
        for (Person p : people) {
            if (p != null && p.name() != null && !p.name().isBlank()) {
                meeting.attendees.add(new Attendee(kind, p.name().trim(), p.honorific(), p.organisation(), p.role()));
            }
        }
    }
}
