package org.minutebook.actions.service;

import static org.minutebook.messaging.EventTypes.ACTION_ASSIGNED;
import static org.minutebook.messaging.EventTypes.ITEM_DEFERRED;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.minutebook.actions.domain.ActionSource;
import org.minutebook.actions.domain.ActionStatus;
import org.minutebook.actions.domain.Assignee;
import org.minutebook.actions.domain.Deferral;
import org.minutebook.actions.domain.DeferralStatus;
import org.minutebook.actions.domain.DeferralUntil;
import org.minutebook.actions.domain.Meeting;
import org.minutebook.actions.domain.MeetingItem;
import org.minutebook.actions.domain.TrackedAction;
import org.minutebook.actions.messaging.ActionEvents;
import org.minutebook.actions.messaging.MeetingEvents.ActionEntry;
import org.minutebook.actions.messaging.MeetingEvents.DeferralEntry;
import org.minutebook.actions.messaging.MeetingEvents.ItemRecorded;
import org.minutebook.actions.service.InitialsResolver.Resolution;
import org.minutebook.actions.service.InitialsResolver.Resolved;
import org.minutebook.messaging.outbox.Outbox;

/**
 * Turns a recorded agenda item into tracked actions and a deferral. Both are upserts keyed by stable ids, and only
 * their creation is announced on minutes.actions, so a re-recorded item updates without publishing again.
 */
@ApplicationScoped
public class ActionTracker {

    private final Outbox outbox;
    private final People people;
    private final ActionChanges changes;
    private final NextMeetingDueDates dueDates;
    private final DeferralReconciler deferrals;

    public ActionTracker(Outbox outbox, People people, ActionChanges changes, NextMeetingDueDates dueDates,
            DeferralReconciler deferrals) {
        this.outbox = outbox;
        this.people = people;
        this.changes = changes;
        this.dueDates = dueDates;
        this.deferrals = deferrals;
    }

    /**
     * A superseded record's actions, deferrals, items and the meeting itself are void: the corrected record's events,
     * which follow, recreate what still stands. Officer changes are kept: they apply again to the actions the
     * corrected record brings back under the same ids. (Assignee and attendee rows go through foreign keys.)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void withdrawMeeting(UUID meetingId) {
        Required.notNull(meetingId, "meetingId");
        Meeting meeting = Meeting.findById(meetingId);
        TrackedAction.delete("meetingId", meetingId);
        Deferral.delete("meetingId", meetingId);
        MeetingItem.delete("meetingId", meetingId);
        if (meeting == null) {
            return;
        }
        meeting.delete();
        // Actions that took this meeting as their next one wait for whichever is next now.
        for (TrackedAction action : TrackedAction.<TrackedAction>list("committee = ?1 and dueNextMeeting = true "
                + "and (dueDate = ?2 or publicDueDate = ?2)", meeting.committee, meeting.date)) {
            dueDates.assign(action);
        }
        deferrals.reconcileCommittee(meeting.committee, true);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void recordItem(ItemRecorded item) {
        Required.notNull(item.meetingId(), "meetingId");
        Required.notNull(item.itemId(), "itemId");
        Meeting meeting = Meeting.findById(item.meetingId());
        List<ActionEntry> actions = item.actions() == null ? List.of() : item.actions();
        for (int i = 0; i < actions.size(); i++) {
            recordAction(item, meeting, actions.get(i), i);
        }
        Deferral deferral = item.deferral() != null ? recordDeferral(item, meeting, item.deferral()) : null;
        MeetingItem row = MeetingItem.findById(item.itemId());
        if (row == null) {
            row = recordAgendaItem(item, meeting, new MeetingItem());
            // This item may be one an earlier meeting deferred, or the last of its meeting to arrive.
            deferrals.itemArrived(row, meeting);
        } else {
            // A changed title may no longer take what it took: judged again as a whole.
            recordAgendaItem(item, meeting, row);
            deferrals.reconcileCommittee(row.committee, false);
        }
        if (deferral != null) {
            // In a replay the later meetings may be in already.
            deferrals.reconcile(deferral);
        }
    }

    private static MeetingItem recordAgendaItem(ItemRecorded item, Meeting meeting, MeetingItem row) {
        boolean created = row.itemId == null;
        describe(row, item, meeting);
        // Only once complete: Hibernate inserts the state the entity has when persisted.
        if (created) {
            row.persist();
        }
        return row;
    }

    /** The agenda item's row as the record has it. */
    static void describe(MeetingItem row, ItemRecorded item, Meeting meeting) {
        row.itemId = item.itemId();
        row.meetingId = item.meetingId();
        row.committee = committeeOf(item, meeting);
        row.meetingDate = dateOf(item, meeting);
        row.position = item.position();
        row.number = item.number();
        row.title = item.title();
        row.deferred = item.deferral() != null;
    }

    private void recordAction(ItemRecorded item, Meeting meeting, ActionEntry entry, int index) {
        UUID id = actionId(item, entry, index);
        TrackedAction action = TrackedAction.findById(id);
        boolean created = action == null;
        Instant now = Instant.now();
        if (created) {
            action = new TrackedAction();
            action.id = id;
            action.createdAt = now;
        }
        describe(action, item, meeting, entry, index, now);

        Resolution resolution = resolve(meeting, entry);
        action.assignees.clear();
        for (Resolved r : resolution.assignees()) {
            action.assignees.add(new Assignee(r.initials(), r.name(), r.organisation(),
                    people.identify(r.name(), r.organisation())));
        }
        resolved(action, resolution);
        dueDates.assign(action);
        // What the minutes say, then what officers changed since, in order: the same result however often it runs.
        action.status = ActionStatus.OPEN;
        changes.applyAll(action);

        if (created) {
            action.persist();
            outbox.append(id, ACTION_ASSIGNED, ActionEvents.assigned(action));
        }
    }

    /** The action as the record has it, but for its assignees, due date and status. */
    static void describe(TrackedAction action, ItemRecorded item, Meeting meeting, ActionEntry entry, int index,
            Instant now) {
        action.meetingId = item.meetingId();
        action.committee = committeeOf(item, meeting);
        action.meetingDate = dateOf(item, meeting);
        action.itemId = item.itemId();
        action.itemNumber = item.number();
        action.itemTitle = item.title();
        action.itemPosition = item.position();
        action.actionPosition = index;
        action.restricted = item.restricted();
        action.description = Required.notBlank(entry.description(), "actions[" + index + "].description");
        action.owners = entry.owners() == null ? List.of() : List.copyOf(entry.owners());
        action.dueDate = entry.dueDate();
        action.dueNextMeeting = entry.dueDate() == null;
        action.source = ActionSource.valueOf(Required.notBlank(entry.source(), "actions[" + index + "].source"));
        action.updatedAt = now;
    }

    static void resolved(TrackedAction action, Resolution resolution) {
        action.unresolved = List.copyOf(resolution.unresolved());
        action.allAttendees = resolution.allAttendees();
    }

    static Resolution resolve(Meeting meeting, ActionEntry entry) {
        if (meeting != null) {
            return InitialsResolver.resolve(entry.owners(), meeting.attendees);
        }
        List<Resolved> recorded = entry.assignees() == null
                ? List.of()
                : entry.assignees().stream().map(a -> new Resolved(a.initials(), a.name(), a.organisation())).toList();
        return InitialsResolver.fromRecord(entry.owners(), recorded);
    }

    private Deferral recordDeferral(ItemRecorded item, Meeting meeting, DeferralEntry entry) {
        UUID id = deferralId(item);
        Deferral deferral = Deferral.findById(id);
        boolean created = deferral == null;
        Instant now = Instant.now();
        if (created) {
            deferral = new Deferral();
            deferral.id = id;
            deferral.status = DeferralStatus.OUTSTANDING;
            deferral.createdAt = now;
        }
        describe(deferral, item, meeting, entry, now);
        if (created) {
            deferral.persist();
            outbox.append(id, ITEM_DEFERRED, ActionEvents.deferred(deferral));
        }
        return deferral;
    }

    /** The deferral as the record has it, but for what the register works out. */
    static void describe(Deferral deferral, ItemRecorded item, Meeting meeting, DeferralEntry entry, Instant now) {
        deferral.meetingId = item.meetingId();
        deferral.committee = committeeOf(item, meeting);
        deferral.meetingDate = dateOf(item, meeting);
        deferral.itemId = item.itemId();
        deferral.itemNumber = item.number();
        deferral.itemTitle = item.title();
        deferral.itemPosition = item.position();
        deferral.restricted = item.restricted();
        deferral.until = entry.until() == null ? DeferralUntil.UNSPECIFIED : DeferralUntil.valueOf(entry.until());
        deferral.untilDate = entry.date();
        deferral.note = entry.note();
        deferral.updatedAt = now;
    }

    // The item event carries committee and date; the meeting record stands in should a producer leave them out.
    static String committeeOf(ItemRecorded item, Meeting meeting) {
        return Required.notBlank(item.committee() != null
                ? item.committee()
                : meeting != null ? meeting.committee : null, "committee");
    }

    static LocalDate dateOf(ItemRecorded item, Meeting meeting) {
        return Required.notNull(item.date() != null ? item.date() : meeting != null ? meeting.date : null, "date");
    }

    /** The record gives every action an id; the derived one only keeps an id-less entry stable across deliveries. */
    static UUID actionId(ItemRecorded item, ActionEntry entry, int index) {
        return entry.actionId() != null ? entry.actionId() : derivedId("action", item.itemId(), index);
    }

    /** One deferral per item: its id follows from the item's, so redelivery and re-recording find it again. */
    static UUID deferralId(ItemRecorded item) {
        return derivedId("deferral", item.itemId(), 0);
    }

    static UUID derivedId(String kind, UUID itemId, int index) {
        return UUID.nameUUIDFromBytes((kind + ":" + itemId + ":" + index).getBytes(StandardCharsets.UTF_8));
    }
}
