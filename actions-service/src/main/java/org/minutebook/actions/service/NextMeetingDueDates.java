package org.minutebook.actions.service;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.minutebook.actions.domain.Meeting;
import org.minutebook.actions.domain.TrackedAction;
import org.minutebook.messaging.consumer.Columns;

/**
 * An action the minutes give no date is due at the committee's next meeting: the earliest later meeting recorded so
 * far. Worked out whichever arrives first, the action or the meeting, so that a replay gives the same dates. The
 * public's due date counts published meetings only: a draft's date is not public, nor is being overdue because of it.
 */
@ApplicationScoped
public class NextMeetingDueDates {

    // The earliest later meeting of the committee, of all and of the published ones (RegisterView.PUBLIC).
    private static final String NEXT = """
            SELECT u.committee, u.after,
                (SELECT min(m.meeting_date) FROM meeting m
                 WHERE m.committee = u.committee AND m.meeting_date > u.after::date)::text,
                (SELECT min(m.meeting_date) FROM meeting m
                 WHERE m.committee = u.committee AND m.meeting_date > u.after::date AND m.status <> 'DRAFT')::text
            FROM unnest(?::text[], ?::text[]) AS u(committee, after)""";

    private final EntityManager em;

    public NextMeetingDueDates(EntityManager em) {
        this.em = em;
    }

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
        assignAll(List.of(action));
    }

    /** As {@link #assign}, for many actions: one query for all of them. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void assignAll(Collection<TrackedAction> actions) {
        Map<String, LocalDate[]> next = new HashMap<>();
        Columns after = new Columns(2);
        for (TrackedAction action : actions) {
            if (!action.dueNextMeeting) {
                action.publicDueDate = action.dueDate;
            } else if (next.putIfAbsent(key(action.committee, action.meetingDate), new LocalDate[2]) == null) {
                after.add(action.committee, action.meetingDate);
            }
        }
        // The dates alone: loading the meetings would load their attendance too. A native statement reads what is
        // flushed only, and the caller may just have recorded or deleted a meeting.
        if (!after.isEmpty()) {
            em.flush();
        }
        after.query(em, NEXT, row -> next.put(key(row.getString(1), LocalDate.parse(row.getString(2))),
                new LocalDate[]{date(row.getString(3)), date(row.getString(4))}));
        for (TrackedAction action : actions) {
            if (action.dueNextMeeting) {
                LocalDate[] dates = next.get(key(action.committee, action.meetingDate));
                action.dueDate = dates[0];
                action.publicDueDate = dates[1];
            }
        }
    }

    private static String key(String committee, LocalDate after) {
        return committee + "\n" + after;
    }

    private static LocalDate date(String text) {
        return text == null ? null : LocalDate.parse(text);
    }
}
