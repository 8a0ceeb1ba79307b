package org.minutebook.search.support;

import java.util.Map;
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
