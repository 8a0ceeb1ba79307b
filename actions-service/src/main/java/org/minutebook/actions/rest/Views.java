package org.minutebook.actions.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import org.minutebook.actions.domain.ActionChange;
import org.minutebook.actions.domain.DeferralOutcome;
import org.minutebook.actions.domain.RegisterView;
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

    static ActionView of(TrackedAction a, LocalDate today, RegisterView view) {
        return of(a, today, view, null);
    }

    /** @param view the due date, and so whether it is overdue, as that view of the register has it */
    static ActionView of(TrackedAction a, LocalDate today, RegisterView view, List<ChangeView> history) {
        List<AssigneeView> assignees = a.assignees.stream()
                .map(x -> new AssigneeView(x.initials, x.name, x.organisation, x.personId))
                .toList();
        return new ActionView(a.id, a.meetingId, a.committee, a.meetingDate, a.itemId, a.itemNumber, a.itemTitle,
                a.description, List.copyOf(a.owners), assignees, List.copyOf(a.unresolved), a.allAttendees,
                a.dueDate(view), a.dueNextMeeting, a.isOverdue(view, today), a.source, a.source.inferred(), a.status,
                a.version, history);
    }

    static ChangeView of(ActionChange c, List<NamedPerson> assignees) {
        List<PersonInput> people = assignees == null
                ? null
                : assignees.stream().map(p -> new PersonInput(p.name(), p.organisation())).toList();
        return new ChangeView(c.id, c.changedAt, c.changedBy, c.fromStatus, c.toStatus, c.reopen, people, c.dueDate,
                c.note);
    }

    /**
     * @param caller a restricted item's deferral note is for officers and clerks only, and the public sees the
     *        register as published meetings make it: taken, carried and overdue by those alone
     */
    static DeferralView of(Deferral d, LocalDate today, Caller caller) {
        RegisterView view = RegisterView.of(caller.seesRestricted());
        DeferralOutcome outcome = d.outcome(view);
        DeferralView.TakenAt taken = outcome.itemId() == null
                ? null
                : new DeferralView.TakenAt(outcome.meetingId(), outcome.meetingDate(), outcome.itemId(),
                        outcome.itemNumber(), outcome.itemTitle());
        return new DeferralView(d.id, d.meetingId, d.committee, d.meetingDate, d.itemId, d.itemNumber, d.itemTitle,
                d.restricted, d.until, d.untilDate, noteFor(d, caller), outcome.status(),
                outcome.timesCarriedForward(), outcome.timesCarriedForward() > 0,
                DeferralReconciler.isOverdue(d, view, today), taken);
    }

    static String noteFor(Deferral d, Caller caller) {
        return d.restricted && !caller.seesRestricted() ? null : d.note;
    }

    static PersonView of(Person p) {
        return new PersonView(p.id, p.name, p.organisation);
    }

    static <E, V> PageView<V> page(ActionQueries.Page<E> page, int pageNumber, int size, Function<E, V> view) {
        return new PageView<>(page.total(), page.totalIsExact(), pageNumber, size,
                page.results().stream().map(view).toList());
    }
}
