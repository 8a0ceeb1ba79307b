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
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import org.minutebook.actions.domain.ActionStatus;
import org.minutebook.actions.domain.Deferral;
import org.minutebook.actions.domain.DeferralStatus;
import org.minutebook.actions.domain.Meeting;
import org.minutebook.actions.domain.RegisterView;
import org.minutebook.actions.domain.TrackedAction;

/**
 * What a committee's meeting on or after a date has to pick up from its earlier meetings: the actions still open and
 * the deferred items not yet taken by then, oldest first, each with how many meetings it has already waited.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class MattersArising {

    /** {@code actionsTotal}, {@code deferralsTotal}: how many there are, when more than the lists hold, up to a cap */
    public record Agenda(String committee, LocalDate before, Meeting meeting, List<Pending<TrackedAction>> actions,
            List<Pending<Deferral>> deferrals, CappedCount.Total actionsTotal, CappedCount.Total deferralsTotal) {
    }

    private static final String PUBLIC_MEETINGS = "select m.id from Meeting m where m.status <> 'DRAFT'";

    /** @param timesCarriedForward for deferrals: the meetings before {@code before} that were held without it */
    public record Pending<T>(T entry, int meetingsWaited, int timesCarriedForward) {
    }

    private final EntityManager em;

    public MattersArising(EntityManager em) {
        this.em = em;
    }

    /**
     * @param publicOnly leave out what the public may not see: restricted items' actions, and drafts' entries
     * @param limit at most this many actions and this many deferrals, the oldest; the agenda gives both totals
     * @return empty when no meeting of the committee is known, whatever the case of its name
     */
    public Optional<Agenda> before(String committee, LocalDate before, boolean publicOnly, int limit) {
        // The public's agenda is worked out as if drafts did not exist: a committee known only by a draft is not known.
        RegisterView view = publicOnly ? RegisterView.PUBLIC : RegisterView.ALL;
        Optional<Meeting> any = Meeting.find("lower(committee) = lower(?1)" + view.meetings + " order by date desc",
                committee.trim()).firstResultOptional();
        if (any.isEmpty()) {
            return Optional.empty();
        }
        String name = any.get().committee;
        // The dates alone: a committee of twenty years has thousands of meetings, not worth loading as entities.
        List<LocalDate> dates = em.createQuery("select date from Meeting where committee = :c" + view.meetings
                + " order by date", LocalDate.class).setParameter("c", name).getResultList();
        Meeting meeting = Meeting.<Meeting>find("committee = ?1 and date >= ?2" + view.meetings + " order by date",
                name, before).firstResult();
        String published = publicOnly ? " and x.meetingId in (" + PUBLIC_MEETINGS + ")" : "";
        Map<String, Object> open = Map.of("c", name, "before", before,
                "live", List.of(ActionStatus.OPEN, ActionStatus.IN_PROGRESS));
        String openActions = "from TrackedAction x where x.committee = :c and x.meetingDate < :before "
                + "and x.status in :live" + published + (publicOnly ? " and x.restricted = false" : "");
        List<Pending<TrackedAction>> actions = list(TrackedAction.class, openActions
                + " order by x.meetingDate, x.itemPosition, x.actionPosition, x.id", open, limit).stream()
                .map(a -> new Pending<>(a, waited(dates, a.meetingDate, before), 0))
                .toList();
        // As it stood then: an item taken at this meeting or later was still outstanding before it.
        Map<String, Object> outstanding = Map.of("c", name, "before", before,
                "outstanding", DeferralStatus.OUTSTANDING);
        String openDeferrals = "from Deferral x where x.committee = :c and x.meetingDate < :before and (x."
                + view.status + " = :outstanding or x." + view.resolvedDate + " >= :before)" + published;
        List<Deferral> listed = list(Deferral.class, openDeferrals + " order by x.meetingDate, x.itemPosition, x.id",
                outstanding, limit);
        Map<UUID, Integer> carried = carriedBefore(listed, before, view);
        List<Pending<Deferral>> deferrals = listed.stream()
                .map(d -> new Pending<>(d, waited(dates, d.meetingDate, before), carried.getOrDefault(d.id, 0)))
                .toList();
        return Optional.of(new Agenda(name, before, meeting, actions, deferrals,
                actions.size() < limit ? exact(actions.size()) : CappedCount.of(em, openActions, open),
                deferrals.size() < limit
                        ? exact(deferrals.size())
                        : CappedCount.of(em, openDeferrals, outstanding)));
    }

    private <T> List<T> list(Class<T> type, String from, Map<String, Object> params, int limit) {
        TypedQuery<T> query = em.createQuery("select x " + from, type);
        params.forEach(query::setParameter);
        return query.setMaxResults(limit).getResultList();
    }

    private static CappedCount.Total exact(long n) {
        return new CappedCount.Total(n, true);
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

    /**
     * Per listed deferral, the later meetings before {@code before} held without it: one query for the list, not for
     * every deferral the committee ever made.
     */
    @SuppressWarnings("unchecked")
    private Map<UUID, Integer> carriedBefore(List<Deferral> listed, LocalDate before, RegisterView view) {
        if (listed.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = em.createNativeQuery("""
                SELECT c.deferral_id, count(*) FROM %s c
                WHERE c.deferral_id IN (:ids) AND c.meeting_date < :before
                GROUP BY c.deferral_id""".formatted(view.carryTable))
                .setParameter("ids", listed.stream().map(d -> d.id).toList())
                .setParameter("before", before)
                .getResultList();
        Map<UUID, Integer> carried = new HashMap<>();
        for (Object[] row : rows) {
            carried.put((UUID) row[0], ((Number) row[1]).intValue());
        }
        return carried;
    }
}
