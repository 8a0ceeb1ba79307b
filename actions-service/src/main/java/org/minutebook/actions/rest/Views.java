package org.minutebook.actions.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import org.minutebook.actions.domain.ActionChange;
import org.minutebook.actions.domain.ActionStatus;
import org.minutebook.actions.domain.Deferral;
import org.minutebook.actions.domain.NamedPerson;
import org.minutebook.actions.domain.Person;
import org.minutebook.actions.domain.TrackedAction;
import org.minutebook.actions.service.ActionQueries;
import org.minutebook.actions.service.DeferralReconciler;
import org.minutebook.shared.security.Caller;

/** The one place where entities become the API's view records. */
final class Views {

    private Views() {
    }

    static ActionView of(TrackedAction a, LocalDate today) {
        return of(a, today, null);
    }

    static ActionView of(TrackedAction a, LocalDate today, List<ChangeView> history) {
        List<AssigneeView> assignees = a.assignees.stream()
                .map(x -> new AssigneeView(x.initials, x.name, x.organisation, x.personId))
                .toList();
        boolean overdue = (a.status == ActionStatus.OPEN || a.status == ActionStatus.IN_PROGRESS)
                && a.dueDate != null && a.dueDate.isBefore(today);
        return new ActionView(a.id, a.meetingId, a.committee, a.meetingDate, a.itemId, a.itemNumber, a.itemTitle,
                a.description, List.copyOf(a.owners), assignees, List.copyOf(a.unresolved), a.allAttendees, a.dueDate,
                a.dueNextMeeting, overdue, a.source, a.source.inferred(), a.status, a.version, history);
    }

    static ChangeView of(ActionChange c, List<NamedPerson> assignees) {
        List<PersonInput> people = assignees == null
                ? null
                : assignees.stream().map(p -> new PersonInput(p.name(), p.organisation())).toList();
        return new ChangeView(c.id, c.changedAt, c.changedBy, c.fromStatus, c.toStatus, c.reopen, people, c.dueDate,
                c.note);
    }

    /**
     * @param caller a restricted item's deferral note is for officers and clerks only; @param showTaken whether the
     *        caller may see the meeting and item that took it
     */
    static DeferralView of(Deferral d, LocalDate today, Caller caller, boolean showTaken) {
        DeferralView.TakenAt taken = d.resolvedItemId == null || !showTaken
                ? null
                : new DeferralView.TakenAt(d.resolvedMeetingId, d.resolvedMeetingDate, d.resolvedItemId,
                        d.resolvedItemNumber, d.resolvedItemTitle);
        return new DeferralView(d.id, d.meetingId, d.committee, d.meetingDate, d.itemId, d.itemNumber, d.itemTitle,
                d.restricted, d.until, d.untilDate, noteFor(d, caller), d.status, d.timesCarriedForward,
                d.timesCarriedForward > 0,
                DeferralReconciler.isOverdue(d, today), taken);
    }

    static String noteFor(Deferral d, Caller caller) {
        return d.restricted && !caller.seesRestricted() ? null : d.note;
    }

    static PersonView of(Person p) {
        return new PersonView(p.id, p.name, p.organisation);
    }

    static <E, V> PageView<V> page(ActionQueries.Page<E> page, int pageNumber, int size, Function<E, V> view) {
        return new PageView<>(page.total(), pageNumber, size, page.results().stream().map(view).toList());
    }
}
