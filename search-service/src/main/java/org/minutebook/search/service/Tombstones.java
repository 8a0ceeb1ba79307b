package org.minutebook.search.service;

import java.time.Instant;
import java.util.Collection;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** Records what a superseded record removed, so that incremental sync clients can delete their copies. */
@ApplicationScoped
public class Tombstones {

    /** Whether the meeting is public as its records are removed (OParl shows only such deletions). */
    private static final String PUBLIC_NOW = "coalesce((SELECT status <> 'DRAFT' FROM meeting WHERE id = :id), false)";

    private final EntityManager em;

    public Tombstones(EntityManager em) {
        this.em = em;
    }

    /** Tombstones every item and resolution of the meeting, before they are deleted. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void buryMeetingRecords(UUID meetingId, Instant time) {
        em.createNativeQuery("""
                INSERT INTO tombstone (kind, record_id, meeting_id, removed_at, was_public, superseded_at)
                SELECT 'ITEM', id, meeting_id, now(), %1$s, CAST(:time AS timestamptz)
                FROM item WHERE meeting_id = :id
                UNION ALL
                SELECT 'RESOLUTION', id, meeting_id, now(), %1$s, CAST(:time AS timestamptz)
                FROM resolution WHERE meeting_id = :id
                ON CONFLICT (kind, record_id) DO UPDATE SET removed_at = now(),
                    was_public = tombstone.was_public OR EXCLUDED.was_public,
                    superseded_at = GREATEST(tombstone.superseded_at, EXCLUDED.superseded_at)""".formatted(PUBLIC_NOW))
                .setParameter("id", meetingId)
                .setParameter("time", EventTimes.of(time))
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
