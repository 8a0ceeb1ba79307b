package org.minutebook.messaging.inbox;

import java.sql.PreparedStatement;
import java.sql.Types;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.hibernate.Session;
import org.minutebook.messaging.CloudEvent;

/**
 * The ids of the events a service has applied, in its {@code processed_event} table. The id is recorded in the
 * transaction of the event's effect, so both commit or neither does, and a redelivered event changes nothing.
 */
@ApplicationScoped
public class Inbox {

    private static final String INSERT = """
            INSERT INTO processed_event (event_id, type) VALUES (?, ?)
            ON CONFLICT (event_id) DO NOTHING""";

    private final EntityManager em;

    public Inbox(EntityManager em) {
        this.em = em;
    }

    /**
     * False when the event was already recorded: applied before, or being applied by a concurrent consumer whose
     * insert this one waits for. Either way the caller skips it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean markProcessed(CloudEvent event) {
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                // Untyped, so that the column's own type (uuid or text) reads it.
                insert.setObject(1, event.id().toString(), Types.OTHER);
                insert.setString(2, event.type());
                return insert.executeUpdate() == 1;
            }
        });
    }
}
