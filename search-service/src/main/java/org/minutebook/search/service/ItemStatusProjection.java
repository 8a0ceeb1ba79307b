package org.minutebook.search.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.minutebook.search.messaging.ActionAssigned;
import org.minutebook.search.messaging.ItemDeferred;

/**
 * Per-item follow-up state from {@code minutes.actions}, for the meeting summary of a later issue. The open action
 * count is recomputed from the known actions rather than incremented, so replays and reordering converge.
 */
@ApplicationScoped
public class ItemStatusProjection {

    private static final String OPEN_ACTIONS = """
            (SELECT count(*) FROM item_action a WHERE a.item_id = :itemId AND a.status = 'OPEN')""";

    private final EntityManager em;

    public ItemStatusProjection(EntityManager em) {
        this.em = em;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(ActionAssigned action) {
        em.createNativeQuery("""
                INSERT INTO item_action (action_id, item_id, meeting_id, status)
                VALUES (:actionId, :itemId, :meetingId, :status)
                ON CONFLICT (action_id) DO UPDATE SET item_id = EXCLUDED.item_id, meeting_id = EXCLUDED.meeting_id,
                    status = EXCLUDED.status""")
                .setParameter("actionId", action.actionId())
                .setParameter("itemId", action.itemId())
                .setParameter("meetingId", action.meetingId())
                .setParameter("status", action.status())
                .executeUpdate();
        em.createNativeQuery("""
                INSERT INTO item_status (item_id, meeting_id, open_actions)
                VALUES (:itemId, :meetingId, %s)
                ON CONFLICT (item_id) DO UPDATE SET meeting_id = EXCLUDED.meeting_id,
                    open_actions = EXCLUDED.open_actions""".formatted(OPEN_ACTIONS))
                .setParameter("itemId", action.itemId())
                .setParameter("meetingId", action.meetingId())
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
