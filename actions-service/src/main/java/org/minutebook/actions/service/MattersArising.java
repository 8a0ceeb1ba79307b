package org.minutebook.actions.service;

import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

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
        Map<UUID, Integer> carried = carriedBefore(name, before);
        List<Pending<Deferral>> deferrals = Deferral.<Deferral>list(
                "committee = ?1 and meetingDate < ?2 and (status = ?3 or resolvedMeetingDate >= ?2) "
                        + "order by meetingDate, itemPosition, id",
                name, before, DeferralStatus.OUTSTANDING)
                .stream()
                .map(d -> new Pending<>(d, waited(dates, d.meetingDate, before), carried.getOrDefault(d.id, 0)))
                .toList();
        return Optional.of(new Agenda(name, before, meeting, actions, deferrals));
    }

    /**
     * Meetings of the committee after the one that gave the entry and before the one it is on the agenda of. By
     * binary search in the sorted dates: a long-standing committee has hundreds of meetings and entries.
     */
    private static int waited(List<LocalDate> dates, LocalDate from, LocalDate before) {
        return Math.max(0, firstAtOrAfter(dates, before) - firstAfter(dates, from));
    }

    private static int firstAtOrAfter(List<LocalDate> sorted, LocalDate date) {
        int at = Collections.binarySearch(sorted, date);
        if (at < 0) {
            return -at - 1;
        }
        while (at > 0 && sorted.get(at - 1).equals(date)) {
            at--;
        }
        return at;
    }

    private static int firstAfter(List<LocalDate> sorted, LocalDate date) {
        int at = firstAtOrAfter(sorted, date);
        while (at < sorted.size() && sorted.get(at).equals(date)) {
            at++;
        }
        return at;
    }

    /** Per deferral of the committee, the later meetings before {@code before} held without it: one query for all. */
    @SuppressWarnings("unchecked")
    private Map<UUID, Integer> carriedBefore(String committee, LocalDate before) {
        List<Object[]> rows = em.createNativeQuery("""
                SELECT c.deferral_id, count(*) FROM deferral_carry c JOIN deferral d ON d.id = c.deferral_id
                WHERE d.committee = :committee AND d.meeting_date < :before AND c.meeting_date < :before
                GROUP BY c.deferral_id""")
                .setParameter("committee", committee)
                .setParameter("before", before)
                .getResultList();
        Map<UUID, Integer> carried = new HashMap<>();
        for (Object[] row : rows) {
            carried.put((UUID) row[0], ((Number) row[1]).intValue());
        }
        return carried;
    }
}
