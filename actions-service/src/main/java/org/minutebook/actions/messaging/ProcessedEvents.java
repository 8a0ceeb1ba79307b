package org.minutebook.actions.messaging;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** The consumer's idempotency record: an event id is applied at most once. */
@ApplicationScoped
public class ProcessedEvents {

    private final EntityManager em;

    public ProcessedEvents(EntityManager em) {
        this.em = em;
    }

    /**
     * Records the event as processed in the caller's transaction, so that the mark and the effect commit or roll back
     * together. @return false when it was already processed.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean markProcessed(UUID eventId, String type) {
        int inserted = em.createNativeQuery(
                "INSERT INTO processed_event (event_id, type) VALUES (:id, :type) ON CONFLICT DO NOTHING")
                .setParameter("id", eventId)
                .setParameter("type", type)
                .executeUpdate();
        return inserted == 1;
    }
}
