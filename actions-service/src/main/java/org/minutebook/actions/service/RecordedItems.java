package org.minutebook.actions.service;

import static org.minutebook.messaging.EventTypes.ACTION_ASSIGNED;
import static org.minutebook.messaging.EventTypes.ITEM_DEFERRED;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.minutebook.actions.domain.ActionStatus;
import org.minutebook.actions.domain.Assignee;
import org.minutebook.actions.domain.Deferral;
import org.minutebook.actions.domain.DeferralStatus;
import org.minutebook.actions.domain.Meeting;
import org.minutebook.actions.domain.MeetingItem;
import org.minutebook.actions.domain.TrackedAction;
import org.minutebook.actions.messaging.ActionEvents;
import org.minutebook.actions.messaging.MeetingEvents.ActionEntry;
import org.minutebook.actions.messaging.MeetingEvents.ItemRecorded;
import org.minutebook.actions.service.InitialsResolver.Resolution;
import org.minutebook.actions.service.InitialsResolver.Resolved;
import org.minutebook.messaging.consumer.Delivered;
import org.minutebook.messaging.outbox.Outbox;

/**
 * A batch's recorded items, applied as {@link ActionTracker#recordItem} applies one, with a few statements for many.
 * <p>
 * New items (none of their item, action or deferral ids stored, none seen earlier in the batch) are applied in runs:
 * their rows written one statement per table ({@link ItemRows}), their people, due dates and officer changes read
 * once for the run, their {@code action.assigned} and {@code item.deferred} appended to the outbox (one JDBC batch at
 * commit) in each item's span. The register is then reconciled per meeting, in order, once its items are all in: a
 * deferral's outcome is a function of the items and meetings that have arrived ({@link DeferralReconciler}), so
 * judging a meeting's items together ends where judging them one after the other does. An item recorded again (or a
 * second record of one item in the batch) changes what is stored, which the reconciliation of the whole committee
 * judges afresh: it is applied on its own, in its place, after the run before it.
 */
@ApplicationScoped
public class RecordedItems {

    private final ActionTracker tracker;
    private final ItemRows rows;
    private final People people;
    private final NextMeetingDueDates dueDates;
    private final ActionChanges changes;
    private final DeferralReconciler deferrals;
    private final Outbox outbox;

    public RecordedItems(ActionTracker tracker, ItemRows rows, People people, NextMeetingDueDates dueDates,
            ActionChanges changes, DeferralReconciler deferrals, Outbox outbox) {
        this.tracker = tracker;
        this.rows = rows;
        this.people = people;
        this.dueDates = dueDates;
        this.changes = changes;
        this.deferrals = deferrals;
        this.outbox = outbox;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(List<Delivered<ItemRecorded>> events) {
        List<UUID> ids = new ArrayList<>();
        for (Delivered<ItemRecorded> d : events) {
            Required.notNull(d.data().meetingId(), "meetingId");
            Required.notNull(d.data().itemId(), "itemId");
            ids.addAll(idsOf(d.data()));
        }
        Set<UUID> known = rows.known(ids);
        Set<UUID> seen = new HashSet<>();
        List<Delivered<ItemRecorded>> run = new ArrayList<>();
        for (Delivered<ItemRecorded> d : events) {
            List<UUID> own = idsOf(d.data());
            boolean fresh = own.stream().noneMatch(id -> known.contains(id) || seen.contains(id));
            seen.addAll(own);
            if (fresh) {
                run.add(d);
                continue;
            }
            applyNew(run);
            run.clear();
            d.inSpan(() -> tracker.recordItem(d.data()));
        }
        applyNew(run);
    }

    private void applyNew(List<Delivered<ItemRecorded>> run) {
        if (run.isEmpty()) {
            return;
        }
        Map<UUID, Meeting> meetings = meetingsOf(run);
        Instant now = Instant.now();
        List<MeetingItem> items = new ArrayList<>();
        List<TrackedAction> actions = new ArrayList<>();
        Map<UUID, List<TrackedAction>> actionsOf = new HashMap<>();
        Map<TrackedAction, Resolution> resolutions = new LinkedHashMap<>();
        Map<UUID, Deferral> deferralOf = new LinkedHashMap<>();
        for (Delivered<ItemRecorded> d : run) {
            ItemRecorded item = d.data();
            Meeting meeting = meetings.get(item.meetingId());
            MeetingItem row = new MeetingItem();
            ActionTracker.describe(row, item, meeting);
            items.add(row);
            List<ActionEntry> entries = item.actions() == null ? List.of() : item.actions();
            List<TrackedAction> own = new ArrayList<>();
            for (int i = 0; i < entries.size(); i++) {
                TrackedAction action = new TrackedAction();
                action.id = ActionTracker.actionId(item, entries.get(i), i);
                action.createdAt = now;
                ActionTracker.describe(action, item, meeting, entries.get(i), i, now);
                resolutions.put(action, ActionTracker.resolve(meeting, entries.get(i)));
                own.add(action);
            }
            actions.addAll(own);
            actionsOf.put(item.itemId(), own);
            if (item.deferral() != null) {
                Deferral deferral = new Deferral();
                deferral.id = ActionTracker.deferralId(item);
                deferral.status = DeferralStatus.OUTSTANDING;
                deferral.createdAt = now;
                ActionTracker.describe(deferral, item, meeting, item.deferral(), now);
                deferralOf.put(item.itemId(), deferral);
            }
        }
        assign(resolutions);
        dueDates.assignAll(actions);
        // What the minutes say, then what officers changed since, in order: as for one action.
        actions.forEach(a -> a.status = ActionStatus.OPEN);
        changes.applyAll(actions);
        rows.insert(items, actions, List.copyOf(deferralOf.values()));
        for (Delivered<ItemRecorded> d : run) {
            d.inSpan(() -> {
                actionsOf.get(d.data().itemId())
                        .forEach(a -> outbox.append(a.id, ACTION_ASSIGNED, ActionEvents.assigned(a)));
                Deferral deferral = deferralOf.get(d.data().itemId());
                if (deferral != null) {
                    outbox.append(deferral.id, ITEM_DEFERRED, ActionEvents.deferred(deferral));
                }
            });
        }
        reconcile(run, meetings, deferralOf.keySet());
    }

    /** The run's meetings with their attendance, in one query. */
    private static Map<UUID, Meeting> meetingsOf(List<Delivered<ItemRecorded>> run) {
        Set<UUID> ids = new HashSet<>();
        run.forEach(d -> ids.add(d.data().meetingId()));
        Map<UUID, Meeting> meetings = new HashMap<>();
        Meeting.<Meeting>find("select distinct m from Meeting m left join fetch m.attendees where m.id in ?1", ids)
                .list().forEach(m -> meetings.put(m.id, m));
        return meetings;
    }

    /** Every assignee's person, registered in one statement. */
    private void assign(Map<TrackedAction, Resolution> resolutions) {
        List<People.Named> named = new ArrayList<>();
        resolutions.values().forEach(r -> r.assignees()
                .forEach(x -> named.add(new People.Named(x.name(), x.organisation()))));
        Map<People.Named, UUID> ids = people.identifyAll(named);
        resolutions.forEach((action, resolution) -> {
            for (Resolved r : resolution.assignees()) {
                action.assignees.add(new Assignee(r.initials(), r.name(), r.organisation(),
                        ids.get(new People.Named(r.name(), r.organisation()))));
            }
            ActionTracker.resolved(action, resolution);
        });
    }

    /**
     * Each meeting's new items, then each new deferral, judged against the register: in the span of the event that
     * completes the group, so that what the register announces carries its trace on.
     */
    private void reconcile(List<Delivered<ItemRecorded>> run, Map<UUID, Meeting> meetings, Set<UUID> deferredItems) {
        List<UUID> itemIds = run.stream().map(d -> d.data().itemId()).toList();
        Map<UUID, MeetingItem> stored = new HashMap<>();
        MeetingItem.<MeetingItem>list("itemId in ?1", itemIds).forEach(i -> stored.put(i.itemId, i));
        Map<UUID, List<Delivered<ItemRecorded>>> byMeeting = new LinkedHashMap<>();
        run.forEach(d -> byMeeting.computeIfAbsent(d.data().meetingId(), m -> new ArrayList<>()).add(d));
        byMeeting.forEach((meetingId, group) -> group.get(group.size() - 1).inSpan(() -> deferrals.itemsArrived(
                group.stream().map(d -> stored.get(d.data().itemId())).toList(), meetings.get(meetingId))));
        if (deferredItems.isEmpty()) {
            return;
        }
        Map<UUID, Deferral> deferralOf = new HashMap<>();
        Deferral.<Deferral>list("itemId in ?1", deferredItems).forEach(d -> deferralOf.put(d.itemId, d));
        for (Delivered<ItemRecorded> d : run) {
            Deferral deferral = deferralOf.get(d.data().itemId());
            if (deferral != null) {
                // In a replay the later meetings may be in already.
                d.inSpan(() -> deferrals.reconcile(deferral));
            }
        }
    }

    private static List<UUID> idsOf(ItemRecorded item) {
        List<UUID> ids = new ArrayList<>();
        ids.add(item.itemId());
        List<ActionEntry> entries = item.actions() == null ? List.of() : item.actions();
        for (int i = 0; i < entries.size(); i++) {
            ids.add(ActionTracker.actionId(item, entries.get(i), i));
        }
        if (item.deferral() != null) {
            ids.add(ActionTracker.deferralId(item));
        }
        return ids;
    }
}
