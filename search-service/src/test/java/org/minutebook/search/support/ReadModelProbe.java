package org.minutebook.search.support;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;

/** Looks into read-model tables that have no HTTP API yet (the processed events, the item status). */
@ApplicationScoped
@Transactional
public class ReadModelProbe {

    private final EntityManager em;

    public ReadModelProbe(EntityManager em) {
        this.em = em;
    }

    private static final List<String> READ_MODELS = List.of("processed_event", "meeting", "attendance", "item",
            "resolution", "item_action", "item_status", "person", "topic", "tombstone");

    /**
     * Per read-model table, its row count and a checksum of its rows without the times they were written: two read
     * models built from the same events have the same fingerprint.
     */
    public Map<String, String> fingerprint() {
        Map<String, String> fingerprint = new TreeMap<>();
        for (String table : READ_MODELS) {
            Object[] row = (Object[]) em.createNativeQuery("""
                    SELECT count(*), md5(coalesce(string_agg(r, '|' ORDER BY r), ''))
                    FROM (SELECT CAST(to_jsonb(t) - 'modified_at' - 'processed_at' - 'removed_at' AS text) AS r
                          FROM %s t) rows""".formatted(table)).getSingleResult();
            fingerprint.put(table, row[0] + " rows, " + row[1]);
        }
        return fingerprint;
    }

    /** When the least recently written row of the table was written. */
    public Instant oldestWrite(String table) {
        return instant(em.createNativeQuery("SELECT min(modified_at) FROM " + table).getSingleResult());
    }

    /** The row's recorded_at and changed_at: the event times OParl shows as created and modified. */
    public List<Instant> eventTimes(String table, String id) {
        Object[] row = (Object[]) em.createNativeQuery("SELECT recorded_at, changed_at FROM " + table
                + " WHERE id = :id").setParameter("id", UUID.fromString(id)).getSingleResult();
        return List.of(instant(row[0]), instant(row[1]));
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        return value instanceof OffsetDateTime offset ? offset.toInstant() : ((java.sql.Timestamp) value).toInstant();
    }

    public boolean processed(String eventId) {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM processed_event WHERE event_id = :id")
                .setParameter("id", eventId).getSingleResult()).longValue() == 1;
    }

    @SuppressWarnings("unchecked")
    public Optional<Map<String, Object>> itemStatus(String itemId) {
        return em.createNativeQuery("""
                SELECT open_actions, deferral_status, deferred_until, deferral_note FROM item_status
                WHERE item_id = :id""", Tuple.class)
                .setParameter("id", UUID.fromString(itemId))
                .getResultStream()
                .findFirst()
                .map(row -> {
                    Tuple tuple = (Tuple) row;
                    return Map.<String, Object>of(
                            "openActions", ((Number) tuple.get(0)).intValue(),
                            "deferralStatus", String.valueOf(tuple.get(1)),
                            "deferredUntil", String.valueOf(tuple.get(2)),
                            "deferralNote", String.valueOf(tuple.get(3)));
                });
    }
}
