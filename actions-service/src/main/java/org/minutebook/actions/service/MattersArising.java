package org.minutebook.actions.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.minutebook.actions.domain.ActionStatus;
import org.minutebook.actions.domain.Deferral;
import org.minutebook.actions.domain.DeferralStatus;
import org.minutebook.actions.domain.Meeting;
import org.minutebook.actions.domain.TrackedAction;

/**
 * What a committee's meeting on or after a date has to pick up from its earlier meetings: the actions still open and
 * the deferred items not yet taken by then, oldest first, each with how many meetings it has already waited.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class MattersArising {

    public record Agenda(String committee, LocalDate before, Meeting meeting, List<Pending<TrackedAction>> actions,
            List<Pending<Deferral>> deferrals) {
    }

    /** @param timesCarriedForward for deferrals: the meetings before {@code before} that were held without it */
    public record Pending<T>(T entry, int meetingsWaited, int timesCarriedForward) {
    }

    private final EntityManager em;

    public MattersArising(EntityManager em) {
        this.em = em;
    }

    /** @return empty when no meeting of the committee is known, whatever the case of its name */
    public Optional<Agenda> before(String committee, LocalDate before) {
        Optional<Meeting> any = Meeting.find("lower(committee) = lower(?1) order by date desc", committee.trim())
                .firstResultOptional();
        if (any.isEmpty()) {
            return Optional.empty();
        }
        String name = any.get().committee;
        List<LocalDate> dates = Meeting.<Meeting>list("committee = ?1 order by date", name).stream()
                .map(m -> m.date)
                .toList();
        Meeting meeting = Meeting.<Meeting>find("committee = ?1 and date >= ?2 order by date", name, before)
                .firstResult();
        List<Pending<TrackedAction>> actions = TrackedAction.<TrackedAction>list(
                "committee = ?1 and meetingDate < ?2 and status in ?3 order by meetingDate, itemPosition, actionPosition, id",
                name,
                before, List.of(ActionStatus.OPEN, ActionStatus.IN_PROGRESS))
                .stream()
                .map(a -> new Pending<>(a, waited(dates, a.meetingDate, before), 0))
                .toList();
        // As it stood then: an item taken at this meeting or later was still outstanding before it.
        List<Pending<Deferral>> deferrals = Deferral.<Deferral>list(
                "committee = ?1 and meetingDate < ?2 and (status = ?3 or resolvedMeetingDate >= ?2) "
                        + "order by meetingDate, itemPosition, id",
                name, before, DeferralStatus.OUTSTANDING)
                .stream()
                .map(d -> new Pending<>(d, waited(dates, d.meetingDate, before), carriedBefore(d, before)))
                .toList();
        return Optional.of(new Agenda(name, before, meeting, actions, deferrals));
    }

    /** Meetings of the committee after the one that gave the entry and before the one it is on the agenda of. */
    private static int waited(List<LocalDate> dates, LocalDate from, LocalDate before) {
        return (int) dates.stream().filter(d -> d.isAfter(from) && d.isBefore(before)).count();
    }

    private int carriedBefore(Deferral d, LocalDate before) {
        Number n = (Number) em.createNativeQuery(
                "SELECT count(*) FROM deferral_carry WHERE deferral_id = :d AND meeting_date < :before")
                .setParameter("d", d.id)
                .setParameter("before", before)
                .getSingleResult();
        return n.intValue();
    }
}
