package org.minutebook.actions.service;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.minutebook.actions.domain.Meeting;
import org.minutebook.actions.domain.TrackedAction;

/**
 * An action the minutes give no date is due at the committee's next meeting: the earliest later meeting recorded so
 * far. Worked out whichever arrives first, the action or the meeting, so that a replay gives the same dates.
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
    }

    /** Set on an action that is due at the next meeting, from the meetings already recorded. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void assign(TrackedAction action) {
        if (!action.dueNextMeeting) {
            return;
        }
        action.dueDate = next(action.committee, action.meetingDate);
    }

    public LocalDate next(String committee, LocalDate after) {
        // The date alone: loading the meeting would load its attendance too.
        return Meeting.getEntityManager()
                .createQuery("select min(m.date) from Meeting m where m.committee = ?1 and m.date > ?2",
                        LocalDate.class)
                .setParameter(1, committee).setParameter(2, after)
                .getSingleResult();
    }
}
