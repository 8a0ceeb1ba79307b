package org.minutebook.messaging.inbox;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.hibernate.Session;
import org.minutebook.messaging.CloudEvent;

/**
 * The ids of the events a service has applied, in its {@code processed_event} table. The ids are recorded in the
 * transaction of the events' effect, so both commit or neither does, and a redelivered event changes nothing.
 */
@ApplicationScoped
public class Inbox {

    // uuid[] reads into a uuid column and, by assignment cast, into a text one.
    private static final String INSERT = """
            INSERT INTO processed_event (event_id, type)
            SELECT * FROM unnest(?::uuid[], ?::text[])
            ON CONFLICT (event_id) DO NOTHING
            RETURNING event_id::text""";

    private final EntityManager em;

    public Inbox(EntityManager em) {
        this.em = em;
    }

    /**
     * Records the events' ids in one statement and returns those that were new. An id recorded already (applied
     * before, or being applied by a concurrent consumer whose insert this one waits for) is not returned: the caller
     * skips that event.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Set<UUID> markProcessed(Collection<CloudEvent> events) {
        Map<UUID, String> types = new LinkedHashMap<>();
        events.forEach(e -> types.putIfAbsent(e.id(), e.type()));
        if (types.isEmpty()) {
            return Set.of();
        }
        return em.unwrap(Session.class).doReturningWork(connection -> {
            Array ids = connection.createArrayOf("uuid", types.keySet().toArray());
            Array names = connection.createArrayOf("text", types.values().toArray());
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                insert.setArray(1, ids);
                insert.setArray(2, names);
                Set<UUID> fresh = new HashSet<>();
                try (ResultSet rows = insert.executeQuery()) {
                    while (rows.next()) {
                        fresh.add(UUID.fromString(rows.getString(1)));
                    }
                }
                return fresh;
            } finally {
                ids.free();
                names.free();
            }
        });
    }
}
