package org.minutebook.actions.service;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.minutebook.actions.domain.Meeting;
import org.minutebook.actions.domain.RegisterView;
import org.minutebook.actions.domain.TrackedAction;

/**
 * An action the minutes give no date is due at the committee's next meeting: the earliest later meeting recorded so
 * far. Worked out whichever arrives first, the action or the meeting, so that a replay gives the same dates. The
 * public's due date counts published meetings only: a draft's date is not public, nor is being overdue because of it.
 */
@ApplicationScoped
public class NextMeetingDueDates {

    /** A meeting has been recorded: it may be the next meeting of earlier actions, or an earlier one than assumed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void meetingRecorded(Meeting meeting) {
        List<TrackedAction> due = TrackedAction.list(
                "committee = ?1 and meetingDate < ?2 and dueNextMeeting = true and (dueDate is null or dueDate > ?2)",
                meeting.committee, meeting.date);
        for (TrackedAction action : due) {
            action.dueDate = meeting.date;
        }
        if (meeting.isPublic()) {
            meetingPublished(meeting);
        }
    }

    /** The meeting is public now (recorded so, or a draft published): the public's next meeting of earlier actions. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void meetingPublished(Meeting meeting) {
        List<TrackedAction> due = TrackedAction.list("committee = ?1 and meetingDate < ?2 and dueNextMeeting = true "
                + "and (publicDueDate is null or publicDueDate > ?2)", meeting.committee, meeting.date);
        for (TrackedAction action : due) {
            action.publicDueDate = meeting.date;
        }
    }

    /** Set on an action from the meetings already recorded; a date the minutes or an officer gave is public as is. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void assign(TrackedAction action) {
        if (!action.dueNextMeeting) {
            action.publicDueDate = action.dueDate;
            return;
        }
        action.dueDate = next(action.committee, action.meetingDate, RegisterView.ALL);
        action.publicDueDate = next(action.committee, action.meetingDate, RegisterView.PUBLIC);
    }

    private static LocalDate next(String committee, LocalDate after, RegisterView view) {
        // The date alone: loading the meeting would load its attendance too.
        String published = view == RegisterView.PUBLIC ? " and m.status <> 'DRAFT'" : "";
        return Meeting.getEntityManager()
                .createQuery("select min(m.date) from Meeting m where m.committee = ?1 and m.date > ?2" + published,
                        LocalDate.class)
                .setParameter(1, committee).setParameter(2, after)
                .getSingleResult();
    }
}
