package org.minutebook.search.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.minutebook.search.messaging.CloudEvent;

/** The consumers' memory of applied events. */
@ApplicationScoped
public class ProcessedEvents {

    private final EntityManager em;

    public ProcessedEvents(EntityManager em) {
        this.em = em;
    }

    /**
     * Records the event id in the caller's transaction. False when it was already there: the event has been applied
     * (or is being applied by a concurrent consumer, whose insert this one waits for) and must be skipped.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean markProcessed(CloudEvent event) {
        return em.createNativeQuery("""
                INSERT INTO processed_event (event_id, type) VALUES (:id, :type)
                ON CONFLICT (event_id) DO NOTHING""")
                .setParameter("id", event.id())
                .setParameter("type", event.type())
                .executeUpdate() == 1;
    }
}
