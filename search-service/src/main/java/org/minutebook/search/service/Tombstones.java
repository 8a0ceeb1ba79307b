package org.minutebook.search.service;

import java.util.Collection;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** Records what a superseded record removed, so that incremental sync clients can delete their copies. */
@ApplicationScoped
public class Tombstones {

    private final EntityManager em;

    public Tombstones(EntityManager em) {
        this.em = em;
    }

    /** Tombstones every item and resolution of the meeting, before they are deleted. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void buryMeetingRecords(UUID meetingId) {
        em.createNativeQuery("""
                INSERT INTO tombstone (kind, record_id, meeting_id, removed_at)
                SELECT 'ITEM', id, meeting_id, now() FROM item WHERE meeting_id = :id
                UNION ALL
                SELECT 'RESOLUTION', id, meeting_id, now() FROM resolution WHERE meeting_id = :id
                ON CONFLICT (kind, record_id) DO UPDATE SET removed_at = now()""")
                .setParameter("id", meetingId)
                .executeUpdate();
    }

    /** Records that come back (a correction keeping their ids) are no longer removed: one statement for all. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void revive(String kind, Collection<UUID> recordIds) {
        if (recordIds.isEmpty()) {
            return;
        }
        em.createNativeQuery("DELETE FROM tombstone WHERE kind = :kind AND record_id = ANY (CAST(:ids AS uuid[]))")
                .setParameter("kind", kind)
                .setParameter("ids", recordIds.stream().map(UUID::toString).toArray(String[]::new))
                .executeUpdate();
    }
}
