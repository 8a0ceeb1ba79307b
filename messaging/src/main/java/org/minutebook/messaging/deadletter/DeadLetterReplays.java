package org.minutebook.messaging.deadletter;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Which dead letters were replayed, in the service's {@code dead_letter_replay} table: the topic keeps every record
 * until its retention deletes it, so "open" is what the topic holds less what is listed here.
 */
@ApplicationScoped
public class DeadLetterReplays {

    /** Where a record sits on its dead-letter topic. */
    record Coordinates(String topic, int partition, long offset) {
    }

    private final EntityManager em;

    public DeadLetterReplays(EntityManager em) {
        this.em = em;
    }

    /** When each replayed record of {@code topics} was replayed. */
    Map<Coordinates, Instant> replayed(List<String> topics) {
        return QuarkusTransaction.joiningExisting().call(() -> read(topics));
    }

    private Map<Coordinates, Instant> read(List<String> topics) {
        Map<Coordinates, Instant> replayed = new HashMap<>();
        for (String topic : topics) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("""
                    SELECT topic_partition, topic_offset, replayed_at FROM dead_letter_replay WHERE topic = :topic""")
                    .setParameter("topic", topic).getResultList();
            for (Object[] row : rows) {
                replayed.put(new Coordinates(topic, ((Number) row[0]).intValue(), ((Number) row[1]).longValue()),
                        instant(row[2]));
            }
        }
        return replayed;
    }

    /** Records the replay; a second one of the same record changes nothing. */
    void mark(Parked record) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                INSERT INTO dead_letter_replay (topic, topic_partition, topic_offset, event_id)
                VALUES (:topic, :partition, :offset, CAST(:eventId AS text))
                ON CONFLICT DO NOTHING""")
                .setParameter("topic", record.topic())
                .setParameter("partition", record.partition())
                .setParameter("offset", record.offset())
                .setParameter("eventId", record.eventId())
                .executeUpdate());
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }
}
