package org.minutebook.actions.service;

import static org.minutebook.messaging.EventTypes.DEFERRAL_CARRIED_FORWARD;
import static org.minutebook.messaging.EventTypes.DEFERRAL_RESOLVED;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.minutebook.actions.domain.Deferral;
import org.minutebook.actions.domain.DeferralOutcome;
import org.minutebook.actions.domain.DeferralStatus;
import org.minutebook.actions.domain.DeferralUntil;
import org.minutebook.actions.domain.Meeting;
import org.minutebook.actions.domain.MeetingItem;
import org.minutebook.actions.domain.RegisterView;
import org.minutebook.actions.messaging.ActionEvents;
import org.minutebook.messaging.outbox.Outbox;

/**
 * Works out, from the later meetings of the committee received so far, whether a deferral has been taken (RESOLVED,
 * linked to the item that took it) and which meetings were held without it (carried forward, once each). It is a
 * function of what has arrived, not of the order it arrived in: a replay, whose meetings come from several partitions
 * in any order, ends with the same register.
 * <p>
 * Both views of the register are kept ({@link RegisterView}): officers' from every meeting, the public's from
 * published meetings only. Only the public one's changes are published on minutes.actions, since what is published
 * there reaches the public stream: a draft that takes or passes an item changes the public register, and says so,
 * when it is published.
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
        for (RegisterView view : RegisterView.values()) {
            reconcileCommittee(committee, all, view);
        }
    }

    private void reconcileCommittee(String committee, boolean all, RegisterView view) {
        List<Deferral> deferrals = all
                ? Deferral.list("committee", committee)
                : Deferral.list("committee = ?1 and " + view.status + " = ?2", committee, DeferralStatus.OUTSTANDING);
        for (Deferral d : deferrals) {
            reconcile(d, view);
        }
    }

    /** A new agenda item: it may take an earlier deferral, and it may be the last item of its meeting to arrive. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void itemArrived(MeetingItem item, Meeting meeting) {
        itemsArrived(List.of(item), meeting);
    }

    /**
     * New agenda items of one meeting, in the order they came, all stored: each may take an earlier deferral (the
     * candidates read once for the lot), and the meeting may now be complete. As the items one by one would leave
     * it: the register is a function of what has arrived.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void itemsArrived(List<MeetingItem> items, Meeting meeting) {
        em.flush();
        for (RegisterView view : viewsOf(meeting)) {
            Map<String, List<Deferral>> candidates = new HashMap<>();
            for (MeetingItem item : items) {
                if (!item.deferred) {
                    takeCandidates(item, view, candidates);
                }
            }
            if (meeting != null && meeting.itemCount != null
                    && MeetingItem.count("meetingId", meeting.id) >= meeting.itemCount) {
                meetingHeld(meeting, view);
            }
        }
    }

    /**
     * A new meeting: complete at once if it has no items, and it completes the committee's previous meeting if that
     * one did not say how many items it had.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void meetingArrived(Meeting meeting) {
        em.flush();
        for (RegisterView view : viewsOf(meeting)) {
            if (meeting.itemCount != null ? meeting.itemCount == 0 : isFollowed(meeting, view)) {
                meetingHeld(meeting, view);
            }
            completePrevious(meeting, view);
        }
    }

    /**
     * A draft has been published: the public register now counts it, as officers' has since it arrived. Its items
     * may take earlier deferrals, and it was held without the others.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void meetingPublished(Meeting meeting) {
        em.flush();
        Map<String, List<Deferral>> candidates = new HashMap<>();
        for (MeetingItem item : MeetingItem.<MeetingItem>list("meetingId = ?1 and deferred = false", meeting.id)) {
            takeCandidates(item, RegisterView.PUBLIC, candidates);
        }
        boolean complete = meeting.itemCount != null
                ? MeetingItem.count("meetingId", meeting.id) >= meeting.itemCount
                : isFollowed(meeting, RegisterView.PUBLIC);
        if (complete) {
            meetingHeld(meeting, RegisterView.PUBLIC);
        }
        completePrevious(meeting, RegisterView.PUBLIC);
    }

    /** A draft counts for officers only; an item whose meeting has not arrived cannot be known to be public. */
    private static List<RegisterView> viewsOf(Meeting meeting) {
        return meeting != null && meeting.isPublic()
                ? List.of(RegisterView.ALL, RegisterView.PUBLIC)
                : List.of(RegisterView.ALL);
    }

    /**
     * @param read the candidates read so far, by committee and date: taking one leaves it resolved on that date, so
     *            still a candidate for the next item of that date, as a fresh read would find it
     */
    private void takeCandidates(MeetingItem item, RegisterView view, Map<String, List<Deferral>> read) {
        // An item on the same date at an earlier position also takes it first, hence "at or after".
        List<Deferral> candidates = read.computeIfAbsent(item.committee + "\n" + item.meetingDate,
                k -> Deferral.list("committee = ?1 and meetingDate < ?2 and (" + view.status + " = ?3 or "
                        + view.resolvedDate + " >= ?2)", item.committee, item.meetingDate,
                        DeferralStatus.OUTSTANDING));
        for (Deferral d : candidates) {
            if (TitleMatcher.matches(item.title, d.itemTitle)) {
                reconcile(d, view);
            }
        }
    }

    private void completePrevious(Meeting meeting, RegisterView view) {
        Meeting.<Meeting>find("committee = ?1 and date < ?2" + view.meetings + " order by date desc",
                meeting.committee, meeting.date)
                .firstResultOptional()
                .filter(previous -> previous.itemCount == null)
                .ifPresent(previous -> meetingHeld(previous, view));
    }

    /**
     * A meeting whose items are all in was held without every deferral it did not take: those outstanding from
     * earlier meetings, and those taken only at a later one, each carried forward past it once.
     */
    private void meetingHeld(Meeting m, RegisterView view) {
        List<Deferral> passed = Deferral.list("committee = ?1 and meetingDate < ?2 and (" + view.status
                + " = ?3 or " + view.resolvedDate + " > ?2)", m.committee, m.date, DeferralStatus.OUTSTANDING);
        for (Deferral d : passed) {
            boolean notDueYet = d.until == DeferralUntil.DATE && d.untilDate != null && m.date.isBefore(d.untilDate);
            if (notDueYet) {
                continue;
            }
            Set<UUID> carried = carriedPast(d.id, view);
            if (carried.add(m.id)) {
                carry(d, m, view, carried.size());
            }
        }
    }

    private boolean isFollowed(Meeting m, RegisterView view) {
        return Meeting.count("committee = ?1 and date > ?2" + view.meetings, m.committee, m.date) > 0;
    }

    /** A deferral recorded (or recorded again): judged in both views. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void reconcile(Deferral d) {
        for (RegisterView view : RegisterView.values()) {
            reconcile(d, view);
        }
    }

    private void reconcile(Deferral d, RegisterView view) {
        em.flush();
        MeetingItem taken = MeetingItem.<MeetingItem>list(
                "committee = ?1 and meetingDate > ?2 and deferred = false" + view.items
                        + " order by meetingDate, position",
                d.committee, d.meetingDate)
                .stream()
                .filter(item -> TitleMatcher.matches(item.title, d.itemTitle))
                .findFirst()
                .orElse(null);
        List<Meeting> passed = heldWithout(d, taken, view);
        Set<UUID> carried = carriedPast(d.id, view);
        Set<UUID> wanted = new HashSet<>();
        passed.forEach(m -> wanted.add(m.id));

        // A superseded meeting no longer counts; its corrected record will be judged again when it arrives.
        for (UUID stale : carried) {
            if (!wanted.contains(stale)) {
                em.createNativeQuery("DELETE FROM " + view.carryTable + " WHERE deferral_id = :d AND meeting_id = :m")
                        .setParameter("d", d.id).setParameter("m", stale).executeUpdate();
            }
        }
        int count = (int) carried.stream().filter(wanted::contains).count();
        for (Meeting m : passed) {
            if (!carried.contains(m.id)) {
                carry(d, m, view, ++count);
            }
        }
        applyResolution(d, taken, count, view);
    }

    /** Only the public view's carries are announced: minutes.actions feeds the public stream. */
    private void carry(Deferral d, Meeting m, RegisterView view, int timesCarried) {
        em.createNativeQuery("INSERT INTO " + view.carryTable + " (deferral_id, meeting_id, meeting_date) "
                + "VALUES (:d, :m, :date)")
                .setParameter("d", d.id).setParameter("m", m.id).setParameter("date", m.date)
                .executeUpdate();
        if (view == RegisterView.PUBLIC) {
            outbox.append(d.id, DEFERRAL_CARRIED_FORWARD,
                    ActionEvents.carriedForward(d, m.id, m.date, timesCarried));
        }
    }

    private void applyResolution(Deferral d, MeetingItem taken, int timesCarried, RegisterView view) {
        DeferralOutcome now = d.outcome(view);
        if (taken == null) {
            if (now.status() == DeferralStatus.RESOLVED) {
                d.takenBy(view, null);
            }
            return;
        }
        if (now.status() == DeferralStatus.RESOLVED && taken.itemId.equals(now.itemId())) {
            return;
        }
        d.takenBy(view, taken);
        if (view == RegisterView.PUBLIC) {
            outbox.append(d.id, DEFERRAL_RESOLVED, ActionEvents.resolved(d, timesCarried));
        }
    }

    /**
     * The later meetings that were held, all their items in, without taking the item, before the one that did. A
     * deferral to a date is not expected before that date, so earlier meetings do not count against it.
     */
    private List<Meeting> heldWithout(Deferral d, MeetingItem taken, RegisterView view) {
        List<Meeting> later = Meeting.list("committee = ?1 and date > ?2" + view.meetings + " order by date",
                d.committee, d.meetingDate);
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
     * how many: once the committee's following meeting (in the view) is recorded.
     */
    private boolean isComplete(Meeting m, boolean followedByAnother) {
        if (m.itemCount == null) {
            return followedByAnother;
        }
        long received = MeetingItem.count("meetingId", m.id);
        return received >= m.itemCount;
    }

    private Set<UUID> carriedPast(UUID deferralId, RegisterView view) {
        @SuppressWarnings("unchecked")
        List<UUID> ids = em.createNativeQuery("SELECT meeting_id FROM " + view.carryTable + " WHERE deferral_id = :d")
                .setParameter("d", deferralId)
                .getResultList();
        return new HashSet<>(ids);
    }

    public static boolean isOverdue(Deferral d, RegisterView view, LocalDate today) {
        return d.outcome(view).status() == DeferralStatus.OUTSTANDING && d.until == DeferralUntil.DATE
                && d.untilDate != null && d.untilDate.isBefore(today);
    }
}
