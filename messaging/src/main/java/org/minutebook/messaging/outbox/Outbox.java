package org.minutebook.messaging.outbox;

import java.sql.PreparedStatement;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import org.hibernate.Session;
import org.minutebook.messaging.CloudEvent;
import org.minutebook.messaging.Envelopes;
import org.minutebook.messaging.tracing.TraceContexts;

import io.quarkus.arc.properties.IfBuildProperty;

/**
 * Writes events to the service's {@code outbox_event} table in the caller's transaction: an event reaches the topic if
 * and only if the change that caused it commits (never persist-then-emit). A transaction's events are written
 * together, in the order they were appended, as one JDBC batch just before it commits. {@link OutboxRelay} publishes the rows.
 * Only a service that publishes sets {@code minutebook.outbox.enabled=true}.
 */
@ApplicationScoped
@IfBuildProperty(name = "minutebook.outbox.enabled", stringValue = "true")
public class Outbox {

    private static final String INSERT = """
            INSERT INTO outbox_event (event_id, aggregate_id, type, payload, created_at, trace_context)
            VALUES (?, ?, ?, ?, ?, ?)""";
    private static final Object PENDING = new Object();

    private final EntityManager em;
    private final Envelopes envelopes;
    private final TransactionSynchronizationRegistry transactions;
    private final OutboxRelay relay;
    private final TraceContexts traces;

    public Outbox(EntityManager em, Envelopes envelopes, TransactionSynchronizationRegistry transactions,
            OutboxRelay relay, TraceContexts traces) {
        this.em = em;
        this.envelopes = envelopes;
        this.transactions = transactions;
        this.relay = relay;
        this.traces = traces;
    }

    /** As {@link #append(UUID, String, Instant, Object)}, at this instant. */
    @Transactional(Transactional.TxType.MANDATORY)
    public CloudEvent append(UUID key, String type, Object data) {
        return append(key, type, Instant.now(), data);
    }

    /**
     * @param key the Kafka key and the event's subject: the meeting on minutes.meetings, the action or deferral on
     *            minutes.actions. One key's events are published in the order they are appended.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public CloudEvent append(UUID key, String type, Instant time, Object data) {
        CloudEvent event = envelopes.create(type, key, time, data);
        String payload = envelopes.write(event);
        // The caller's span (the HTTP request, or the consumed event being applied): the relay publishes under it.
        String traceContext = traces.capture();
        pending().add(new Pending(event.id(), key, type, payload, time, traceContext));
        return event;
    }

    /**
     * The transaction's rows so far. The first append registers the step that writes them all, as one JDBC batch,
     * when the transaction is about to commit, and wakes the relay once it has.
     */
    @SuppressWarnings("unchecked")
    private List<Pending> pending() {
        List<Pending> rows = (List<Pending>) transactions.getResource(PENDING);
        if (rows != null) {
            return rows;
        }
        List<Pending> fresh = new ArrayList<>();
        transactions.putResource(PENDING, fresh);
        Session session = em.unwrap(Session.class);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                write(session, fresh);
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    relay.wakeUp();
                }
            }
        });
        return fresh;
    }

    private static void write(Session session, List<Pending> rows) {
        if (rows.isEmpty()) {
            return;
        }
        session.doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                for (Pending row : rows) {
                    // Untyped, so that the column's own type (uuid or text) reads it.
                    insert.setObject(1, row.eventId().toString(), Types.OTHER);
                    insert.setObject(2, row.key().toString(), Types.OTHER);
                    insert.setString(3, row.type());
                    insert.setString(4, row.payload());
                    insert.setObject(5, OffsetDateTime.ofInstant(row.time(), ZoneOffset.UTC));
                    insert.setString(6, row.traceContext());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }

    private record Pending(UUID eventId, UUID key, String type, String payload, Instant time, String traceContext) {
    }
}
