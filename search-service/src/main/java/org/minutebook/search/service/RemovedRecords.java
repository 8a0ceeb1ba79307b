package org.minutebook.search.service;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

/** Tombstones newer than a client's last sync; none when the client asks for a full list. */
@ApplicationScoped
public class RemovedRecords {

    private final EntityManager em;

    public RemovedRecords(EntityManager em) {
        this.em = em;
    }

    @SuppressWarnings("unchecked")
    public List<Removed> since(String kind, Instant modifiedSince, String committee) {
        if (modifiedSince == null) {
            return List.of();
        }
        // The meeting row outlives its superseded records, so it still tells which committee they belonged to.
        Query query = em
                .createNativeQuery("""
                        SELECT t.kind, CAST(t.record_id AS text), CAST(t.meeting_id AS text), t.removed_at
                        FROM tombstone t LEFT JOIN meeting m ON m.id = t.meeting_id
                        WHERE t.kind = :kind AND t.removed_at > :since %s
                        ORDER BY t.removed_at, t.record_id"""
                        .formatted(committee == null ? "" : "AND m.committee = :committee"))
                .setParameter("kind", kind)
                .setParameter("since", modifiedSince.atOffset(ZoneOffset.UTC));
        if (committee != null) {
            query.setParameter("committee", committee);
        }
        List<Object[]> rows = query.getResultList();
        return rows.stream()
                .map(row -> new Removed((String) row[0], UUID.fromString((String) row[1]),
                        UUID.fromString((String) row[2]), DecisionRegister.toInstant(row[3])))
                .toList();
    }
}
