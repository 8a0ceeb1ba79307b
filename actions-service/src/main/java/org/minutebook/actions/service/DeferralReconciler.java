package org.minutebook.actions.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.minutebook.actions.domain.Deferral;
import org.minutebook.actions.domain.DeferralStatus;
import org.minutebook.actions.domain.DeferralUntil;
import org.minutebook.actions.domain.Meeting;
import org.minutebook.actions.domain.MeetingItem;
import org.minutebook.actions.messaging.ActionEvents;
import org.minutebook.actions.messaging.Outbox;

/**
 * Works out, from the later meetings of the committee received so far, whether a deferral has been taken (RESOLVED,
 * linked to the item that took it) and which meetings were held without it (carried forward, once each). It is a
 * function of what has arrived, not of the order it arrived in: a replay, whose meetings come from several partitions
 * in any order, ends with the same register. Only what changes is published.
 * <p>
 * A whole reconciliation reads all later items of the committee, so an arriving item or meeting only reconciles what
 * it can change: the deferrals whose title the item matches, and the deferrals a meeting that is now complete was
 * held without. The whole one is kept for deferrals as they arrive and for corrected records.
 */
@ApplicationScoped
public class DeferralReconciler {

    private final Outbox outbox;
    private final EntityManager em;

    public DeferralReconciler(Outbox outbox, EntityManager em) {
        this.outbox = outbox;
        this.em = em;
    }

    /** @param all also deferrals already resolved: after a superseded record, whose items may have resolved them */
    @Transactional(Transactional.TxType.MANDATORY)
    public void reconcileCommittee(String committee, boolean all) {
        List<Deferral> deferrals = all
                ? Deferral.list("committee", committee)
                : Deferral.list("committee = ?1 and status = ?2", committee, DeferralStatus.OUTSTANDING);
        for (Deferral d : deferrals) {
            reconcile(d);
        }
    }

    /** A new agenda item: it may take an earlier deferral, and it may be the last item of its meeting to arrive. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void itemArrived(MeetingItem item, Meeting meeting) {
        em.flush();
        if (!item.deferred) {
            // An item on the same date at an earlier position also takes it first, hence "at or after".
            List<Deferral> candidates = Deferral.list("committee = ?1 and meetingDate < ?2 and (status = ?3 "
                    + "or resolvedMeetingDate >= ?2)", item.committee, item.meetingDate, DeferralStatus.OUTSTANDING);
            for (Deferral d : candidates) {
                if (TitleMatcher.matches(item.title, d.itemTitle)) {
                    reconcile(d);
                }
            }
        }
        if (meeting != null && meeting.itemCount != null
                && MeetingItem.count("meetingId", meeting.id) >= meeting.itemCount) {
            meetingHeld(meeting);
        }
    }

    /**
     * A new meeting: complete at once if it has no items, and it completes the committee's previous meeting if that
     * one did not say how many items it had.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void meetingArrived(Meeting meeting) {
        em.flush();
        if (meeting.itemCount != null ? meeting.itemCount == 0 : isFollowed(meeting)) {
            meetingHeld(meeting);
        }
        Meeting.<Meeting>find("committee = ?1 and date < ?2 order by date desc", meeting.committee, meeting.date)
                .firstResultOptional()
                .filter(previous -> previous.itemCount == null)
                .ifPresent(this::meetingHeld);
    }

    /**
     * A meeting whose items are all in was held without every deferral it did not take: those outstanding from
     * earlier meetings, and those taken only at a later one, each carried forward past it once.
     */
    private void meetingHeld(Meeting m) {
        List<Deferral> passed = Deferral.list("committee = ?1 and meetingDate < ?2 and (status = ?3 "
                + "or resolvedMeetingDate > ?2)", m.committee, m.date, DeferralStatus.OUTSTANDING);
        for (Deferral d : passed) {
            boolean notDueYet = d.until == DeferralUntil.DATE && d.untilDate != null && m.date.isBefore(d.untilDate);
            if (notDueYet) {
                continue;
            }
            Set<UUID> carried = carriedPast(d.id);
            if (carried.add(m.id)) {
                em.createNativeQuery("INSERT INTO deferral_carry (deferral_id, meeting_id, meeting_date) "
                        + "VALUES (:d, :m, :date)")
                        .setParameter("d", d.id).setParameter("m", m.id).setParameter("date", m.date)
                        .executeUpdate();
                outbox.add(ActionEvents.DEFERRAL_CARRIED_FORWARD, d.id,
                        ActionEvents.carriedForward(d, m.id, m.date, carried.size()));
            }
        }
    }

    private boolean isFollowed(Meeting m) {
        return Meeting.count("committee = ?1 and date > ?2", m.committee, m.date) > 0;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void reconcile(Deferral d) {
        em.flush();
        MeetingItem taken = MeetingItem.<MeetingItem>list(
                "committee = ?1 and meetingDate > ?2 and deferred = false order by meetingDate, position",
                d.committee, d.meetingDate)
                .stream()
                .filter(item -> TitleMatcher.matches(item.title, d.itemTitle))
                .findFirst()
                .orElse(null);
        List<Meeting> passed = heldWithout(d, taken);
        Set<UUID> carried = carriedPast(d.id);
        Set<UUID> wanted = new HashSet<>();
        passed.forEach(m -> wanted.add(m.id));

        // A superseded meeting no longer counts; its corrected record will be judged again when it arrives.
        for (UUID stale : carried) {
            if (!wanted.contains(stale)) {
                em.createNativeQuery("DELETE FROM deferral_carry WHERE deferral_id = :d AND meeting_id = :m")
                        .setParameter("d", d.id).setParameter("m", stale).executeUpdate();
            }
        }
        int count = (int) carried.stream().filter(wanted::contains).count();
        for (Meeting m : passed) {
            if (!carried.contains(m.id)) {
                em.createNativeQuery("INSERT INTO deferral_carry (deferral_id, meeting_id, meeting_date) "
                        + "VALUES (:d, :m, :date)")
                        .setParameter("d", d.id).setParameter("m", m.id).setParameter("date", m.date)
                        .executeUpdate();
                count++;
                outbox.add(ActionEvents.DEFERRAL_CARRIED_FORWARD, d.id,
                        ActionEvents.carriedForward(d, m.id, m.date, count));
            }
        }
        applyResolution(d, taken, count);
    }

    private void applyResolution(Deferral d, MeetingItem taken, int timesCarried) {
        if (taken == null) {
            if (d.status == DeferralStatus.RESOLVED) {
                d.status = DeferralStatus.OUTSTANDING;
                d.resolvedMeetingId = null;
                d.resolvedMeetingDate = null;
                d.resolvedItemId = null;
                d.resolvedItemNumber = null;
                d.resolvedItemTitle = null;
                d.updatedAt = Instant.now();
            }
            return;
        }
        if (d.status == DeferralStatus.RESOLVED && taken.itemId.equals(d.resolvedItemId)) {
            return;
        }
        d.status = DeferralStatus.RESOLVED;
        d.resolvedMeetingId = taken.meetingId;
        d.resolvedMeetingDate = taken.meetingDate;
        d.resolvedItemId = taken.itemId;
        d.resolvedItemNumber = taken.number;
        d.resolvedItemTitle = taken.title;
        d.updatedAt = Instant.now();
        outbox.add(ActionEvents.DEFERRAL_RESOLVED, d.id, ActionEvents.resolved(d, timesCarried));
    }

    /**
     * The later meetings that were held, all their items in, without taking the item, before the one that did. A
     * deferral to a date is not expected before that date, so earlier meetings do not count against it.
     */
    private List<Meeting> heldWithout(Deferral d, MeetingItem taken) {
        List<Meeting> later = Meeting.list("committee = ?1 and date > ?2 order by date", d.committee, d.meetingDate);
        List<Meeting> passed = new ArrayList<>();
        for (int i = 0; i < later.size(); i++) {
            Meeting m = later.get(i);
            if (taken != null && !m.date.isBefore(taken.meetingDate)) {
                break;
            }
            boolean notDueYet = d.until == DeferralUntil.DATE && d.untilDate != null && m.date.isBefore(d.untilDate);
            if (!notDueYet && isComplete(m, i + 1 < later.size())) {
                passed.add(m);
            }
        }
        return passed;
    }

    /**
     * All of a meeting's items are in when as many arrived as meeting.recorded announced. A producer that does not say
     * how many: once the committee's following meeting is recorded.
     */
    private boolean isComplete(Meeting m, boolean followedByAnother) {
        if (m.itemCount == null) {
            return followedByAnother;
        }
        long received = MeetingItem.count("meetingId", m.id);
        return received >= m.itemCount;
    }

    private Set<UUID> carriedPast(UUID deferralId) {
        @SuppressWarnings("unchecked")
        List<UUID> ids = em.createNativeQuery("SELECT meeting_id FROM deferral_carry WHERE deferral_id = :d")
                .setParameter("d", deferralId)
                .getResultList();
        return new HashSet<>(ids);
    }

    public static boolean isOverdue(Deferral d, LocalDate today) {
        return d.status == DeferralStatus.OUTSTANDING && d.until == DeferralUntil.DATE && d.untilDate != null
                && d.untilDate.isBefore(today);
    }
}
