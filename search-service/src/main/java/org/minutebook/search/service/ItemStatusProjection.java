package org.minutebook.search.service;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.minutebook.messaging.consumer.Columns;
import org.minutebook.search.messaging.ActionAssigned;
import org.minutebook.search.messaging.ActionChanged;
import org.minutebook.search.messaging.DeferralChanged;
import org.minutebook.search.messaging.ItemDeferred;

/**
 * Per-item follow-up state from {@code minutes.actions}, for the meeting summary of a later issue. The open action
 * count is recomputed from the known actions rather than incremented, so replays and reordering converge.
 */
@ApplicationScoped
public class ItemStatusProjection {

    private static final String OPEN_ACTIONS = """
            (SELECT count(*) FROM item_action a WHERE a.item_id = :itemId
             AND a.status NOT IN ('DONE', 'CANCELLED'))""";

    private final EntityManager em;

    public ItemStatusProjection(EntityManager em) {
        this.em = em;
    }

    /** The batch's assignments in one statement, then each of their items' open count once. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void applyAssigned(List<ActionAssigned> assigned) {
        Map<UUID, ActionAssigned> actions = new LinkedHashMap<>();
        assigned.forEach(a -> actions.put(a.actionId(), a));
        Columns rows = new Columns(5);
        Map<UUID, UUID> items = new LinkedHashMap<>();
        for (ActionAssigned a : actions.values()) {
            rows.add(a.actionId(), a.itemId(), a.meetingId(), a.status(), a.description());
            items.put(a.itemId(), a.meetingId());
        }
        rows.execute(em, """
                INSERT INTO item_action (action_id, item_id, meeting_id, status, description)
                SELECT u.action_id::uuid, u.item_id::uuid, u.meeting_id::uuid, u.status, u.description
                FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
                    AS u(action_id, item_id, meeting_id, status, description)
                ON CONFLICT (action_id) DO UPDATE SET item_id = EXCLUDED.item_id, meeting_id = EXCLUDED.meeting_id,
                    status = EXCLUDED.status, description = EXCLUDED.description""");
        Columns counts = new Columns(2);
        items.forEach(counts::add);
        counts.execute(em, """
                INSERT INTO item_status (item_id, meeting_id, open_actions)
                SELECT u.item_id::uuid, u.meeting_id::uuid, (SELECT count(*) FROM item_action a
                    WHERE a.item_id = u.item_id::uuid AND a.status NOT IN ('DONE', 'CANCELLED'))
                FROM unnest(?::text[], ?::text[]) AS u(item_id, meeting_id)
                ON CONFLICT (item_id) DO UPDATE SET meeting_id = EXCLUDED.meeting_id,
                    open_actions = EXCLUDED.open_actions""");
    }

    /**
     * An officer's change or a completion. Actions are keyed by their id on the topic, so the assignment has been
     * applied before; one unknown here belongs to a meeting search has dropped, and is ignored.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(ActionChanged change, String type) {
        String status = change.newStatus(type);
        if (status == null) {
            return;
        }
        List<?> rows = em.createNativeQuery("""
                UPDATE item_action SET status = :status WHERE action_id = :actionId
                RETURNING CAST(item_id AS text), CAST(meeting_id AS text)""")
                .setParameter("status", status)
                .setParameter("actionId", change.actionId())
                .getResultList();
        for (Object row : rows) {
            Object[] ids = (Object[]) row;
            refreshOpenActions(UUID.fromString((String) ids[0]), UUID.fromString((String) ids[1]));
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(DeferralChanged change, String type) {
        em.createNativeQuery("""
                UPDATE item_status SET deferral_status = :status,
                    times_carried_forward = coalesce(CAST(:times AS integer), times_carried_forward)
                WHERE item_id = :itemId AND deferral_id = :deferralId""")
                .setParameter("status", change.newStatus(type))
                .setParameter("times", change.timesCarriedForward())
                .setParameter("itemId", change.itemId())
                .setParameter("deferralId", change.deferralId())
                .executeUpdate();
    }

    private void refreshOpenActions(UUID itemId, UUID meetingId) {
        em.createNativeQuery("""
                INSERT INTO item_status (item_id, meeting_id, open_actions)
                VALUES (:itemId, :meetingId, %s)
                ON CONFLICT (item_id) DO UPDATE SET meeting_id = EXCLUDED.meeting_id,
                    open_actions = EXCLUDED.open_actions""".formatted(OPEN_ACTIONS))
                .setParameter("itemId", itemId)
                .setParameter("meetingId", meetingId)
                .executeUpdate();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(ItemDeferred deferral) {
        em.createNativeQuery("""
                INSERT INTO item_status (item_id, meeting_id, open_actions, deferral_id, deferral_status,
                    deferred_until, deferred_until_date, deferral_note)
                VALUES (:itemId, :meetingId, %s, :deferralId, :status, CAST(:until AS text),
                    CAST(:untilDate AS date), CAST(:note AS text))
                ON CONFLICT (item_id) DO UPDATE SET meeting_id = EXCLUDED.meeting_id,
                    deferral_id = EXCLUDED.deferral_id, deferral_status = EXCLUDED.deferral_status,
                    deferred_until = EXCLUDED.deferred_until, deferred_until_date = EXCLUDED.deferred_until_date,
                    deferral_note = EXCLUDED.deferral_note""".formatted(OPEN_ACTIONS))
                .setParameter("itemId", deferral.itemId())
                .setParameter("meetingId", deferral.meetingId())
                .setParameter("deferralId", deferral.deferralId())
                .setParameter("status", deferral.status())
                .setParameter("until", deferral.until())
                .setParameter("untilDate", deferral.untilDate())
                .setParameter("note", deferral.note())
                .executeUpdate();
    }
}
