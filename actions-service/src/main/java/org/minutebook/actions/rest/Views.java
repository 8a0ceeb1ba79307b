package org.minutebook.actions.rest;

import java.util.List;
import java.util.function.Function;

import org.minutebook.actions.domain.Deferral;
import org.minutebook.actions.domain.TrackedAction;
import org.minutebook.actions.service.ActionQueries;

/** The one place where entities become the API's view records. */
final class Views {

    private Views() {
    }

    static ActionView of(TrackedAction a) {
        List<AssigneeView> assignees = a.assignees.stream()
                .map(x -> new AssigneeView(x.initials, x.name, x.organisation))
                .toList();
        return new ActionView(a.id, a.meetingId, a.committee, a.meetingDate, a.itemId, a.itemNumber, a.itemTitle,
                a.description, List.copyOf(a.owners), assignees, List.copyOf(a.unresolved), a.allAttendees, a.dueDate,
                a.source, a.status);
    }

    static DeferralView of(Deferral d) {
        return new DeferralView(d.id, d.meetingId, d.committee, d.meetingDate, d.itemId, d.itemNumber, d.itemTitle,
                d.until, d.untilDate, d.note, d.status);
    }

    static <E, V> PageView<V> page(ActionQueries.Page<E> page, int pageNumber, int size, Function<E, V> view) {
        return new PageView<>(page.total(), pageNumber, size, page.results().stream().map(view).toList());
    }
}
