package org.minutebook.actions.service;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.minutebook.actions.domain.Assignee;
import org.minutebook.actions.domain.Deferral;
import org.minutebook.actions.domain.MeetingItem;
import org.minutebook.actions.domain.TrackedAction;
import org.minutebook.messaging.consumer.Columns;

/**
 * The rows a run of new agenda items adds, one statement per table however many items: their agenda items, tracked
 * actions with their assignees, and deferrals, each from the entity the run built in memory (never persisted, so
 * that Hibernate does not write it again). Only rows that did not exist: {@link #known} says which those are not.
 */
@ApplicationScoped
public class ItemRows {

    private static final String KNOWN = """
            SELECT u.id FROM unnest(?::text[]) AS u(id)
            WHERE EXISTS (SELECT 1 FROM meeting_item WHERE item_id = u.id::uuid)
               OR EXISTS (SELECT 1 FROM tracked_action WHERE id = u.id::uuid)
               OR EXISTS (SELECT 1 FROM deferral WHERE id = u.id::uuid)""";
    private static final String INSERT_ITEMS = """
            INSERT INTO meeting_item (item_id, meeting_id, committee, meeting_date, position, number, title, deferred)
            SELECT u.item_id::uuid, u.meeting_id::uuid, u.committee, u.meeting_date::date, u.position::integer,
                u.number, u.title, u.deferred::boolean
            FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
                AS u(item_id, meeting_id, committee, meeting_date, position, number, title, deferred)""";
    private static final String INSERT_ACTIONS = """
            INSERT INTO tracked_action (id, meeting_id, committee, meeting_date, item_id, item_number, item_title,
                item_position, action_position, restricted, description, owners, unresolved, all_attendees, due_date,
                public_due_date, due_next_meeting, source, status, created_at, updated_at, version)
            SELECT u.id::uuid, u.meeting_id::uuid, u.committee, u.meeting_date::date, u.item_id::uuid, u.item_number,
                u.item_title, u.item_position::integer, u.action_position::integer, u.restricted::boolean,
                u.description, u.owners::text[], u.unresolved::text[], u.all_attendees::boolean, u.due_date::date,
                u.public_due_date::date, u.due_next_meeting::boolean, u.source, u.status, u.created_at::timestamptz,
                u.updated_at::timestamptz, 0
            FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                ?::text[], ?::text[], ?::text[], ?::text[])
                AS u(id, meeting_id, committee, meeting_date, item_id, item_number, item_title, item_position,
                    action_position, restricted, description, owners, unresolved, all_attendees, due_date,
                    public_due_date, due_next_meeting, source, status, created_at, updated_at)""";
    private static final String INSERT_ASSIGNEES = """
            INSERT INTO action_assignee (action_id, position, initials, name, organisation, person_id)
            SELECT u.action_id::uuid, u.position::integer, u.initials, u.name, u.organisation, u.person_id::uuid
            FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
                AS u(action_id, position, initials, name, organisation, person_id)""";
    private static final String INSERT_DEFERRALS = """
            INSERT INTO deferral (id, meeting_id, committee, meeting_date, item_id, item_number, item_title,
                item_position, restricted, until, until_date, note, status, public_status, created_at, updated_at)
            SELECT u.id::uuid, u.meeting_id::uuid, u.committee, u.meeting_date::date, u.item_id::uuid, u.item_number,
                u.item_title, u.item_position::integer, u.restricted::boolean, u.until, u.until_date::date, u.note,
                u.status, u.public_status, u.created_at::timestamptz, u.updated_at::timestamptz
            FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
                AS u(id, meeting_id, committee, meeting_date, item_id, item_number, item_title, item_position,
                    restricted, until, until_date, note, status, public_status, created_at, updated_at)""";

    private final EntityManager em;

    public ItemRows(EntityManager em) {
        this.em = em;
    }

    /** Of {@code ids} (items, actions, deferrals), those stored already: one statement. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Set<UUID> known(Collection<UUID> ids) {
        Columns rows = new Columns(1);
        ids.forEach(rows::add);
        return new HashSet<>(rows.query(em, KNOWN, row -> UUID.fromString(row.getString(1))));
    }

    /** Writes the rows; what Hibernate holds unflushed is flushed first, as the statements bypass it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void insert(List<MeetingItem> items, List<TrackedAction> actions, List<Deferral> deferrals) {
        em.flush();
        Columns itemRows = new Columns(8);
        for (MeetingItem i : items) {
            itemRows.add(i.itemId, i.meetingId, i.committee, i.meetingDate, i.position, i.number, i.title,
                    i.deferred);
        }
        itemRows.execute(em, INSERT_ITEMS);
        Columns actionRows = new Columns(21);
        Columns assigneeRows = new Columns(6);
        for (TrackedAction a : actions) {
            actionRows.add(a.id, a.meetingId, a.committee, a.meetingDate, a.itemId, a.itemNumber, a.itemTitle,
                    a.itemPosition, a.actionPosition, a.restricted, a.description, Columns.arrayLiteral(a.owners),
                    Columns.arrayLiteral(a.unresolved), a.allAttendees, a.dueDate, a.publicDueDate,
                    a.dueNextMeeting, a.source.name(), a.status.name(), a.createdAt, a.updatedAt);
            for (int p = 0; p < a.assignees.size(); p++) {
                Assignee x = a.assignees.get(p);
                assigneeRows.add(a.id, p, x.initials, x.name, x.organisation, x.personId);
            }
        }
        actionRows.execute(em, INSERT_ACTIONS);
        assigneeRows.execute(em, INSERT_ASSIGNEES);
        Columns deferralRows = new Columns(16);
        for (Deferral d : deferrals) {
            deferralRows.add(d.id, d.meetingId, d.committee, d.meetingDate, d.itemId, d.itemNumber, d.itemTitle,
                    d.itemPosition, d.restricted, d.until.name(), d.untilDate, d.note, d.status.name(),
                    d.publicStatus.name(), d.createdAt, d.updatedAt);
        }
        deferralRows.execute(em, INSERT_DEFERRALS);
    }
}
