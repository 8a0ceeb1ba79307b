package org.minutebook.search.service;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import org.minutebook.messaging.CloudEvent;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The live stream's log. Each consumed event is appended in the consumer's transaction, and written at its end under a
 * transaction-scoped advisory lock, so sequence ids become visible in commit order: a reader tailing by id never skips a
 * row that commits later with a smaller id, whichever replica commits it. Only the newest
 * {@code minutebook.stream.keep} rows are kept, and those an enabled webhook subscription has not taken yet. A draft
 * meeting's events are held back until it is published; a subscriber already past them gets the published event.
 */
@ApplicationScoped
public class StreamLog {

    public static final String MEETINGS = "minutes.meetings";
    public static final String ACTIONS = "minutes.actions";

    private static final long APPEND_LOCK = 0x5354524541_4DL; // "STREAM"
    private static final Object PENDING = new Object();

    /** {@code payload} is null for an event the public never gets; {@code officerPayload} is the event as consumed. */
    private record Row(String eventId, String topic, String type, String committee, String payload,
            String officerPayload, String meetingId) {
    }

    private final EntityManager em;
    private final StreamRedaction redaction;
    private final TransactionSynchronizationRegistry transactions;
    private final StreamHub hub;
    private final long keep;
    /** Rows up to here are gone; written after commits, which the advisory lock puts in order. */
    private volatile long trimmedUpTo;

    public StreamLog(EntityManager em, StreamRedaction redaction, TransactionSynchronizationRegistry transactions,
            StreamHub hub, @ConfigProperty(name = "minutebook.stream.keep", defaultValue = "10000") long keep) {
        this.em = em;
        this.redaction = redaction;
        this.transactions = transactions;
        this.hub = hub;
        this.keep = keep;
    }

    /**
     * Redacts the event now, so that the redaction sees this event's own effect (an item's restricted flag), and
     * keeps its row for {@link #writeAppended()}.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void append(String topic, CloudEvent event) {
        pending().add(new Row(event.id().toString(), topic, event.type(), committee(event.data()),
                redaction.payload(topic, event), redaction.officerPayload(topic, event), meetingId(event.data())));
    }

    /**
     * Writes the rows appended in this transaction; the consumer's last step before it commits. The lock that keeps
     * ids in commit order is held from here to the commit only, not through a whole batch.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void writeAppended() {
        List<Row> rows = pending();
        if (rows.isEmpty()) {
            return;
        }
        em.createNativeQuery("SELECT pg_advisory_xact_lock(:lock)").setParameter("lock", APPEND_LOCK)
                .getSingleResult();
        // One statement for the batch, ids in the order the rows were appended. A replay (rebuild) brings the same
        // event ids again: they were streamed once already.
        String[][] columns = new String[7][rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            String[] values = {row.eventId(), row.topic(), row.type(), row.committee(), row.payload(),
                    row.officerPayload(), row.meetingId()};
            for (int c = 0; c < values.length; c++) {
                columns[c][i] = values[c];
            }
        }
        Object max = em.createNativeQuery("""
                WITH written AS (
                    INSERT INTO stream_event (event_id, topic, type, committee, payload, officer_payload, meeting_id)
                    SELECT u.event_id, u.topic, u.type, u.committee, u.payload, u.officer_payload,
                        CAST(u.meeting_id AS uuid)
                    FROM unnest(CAST(:eventIds AS text[]), CAST(:topics AS text[]), CAST(:types AS text[]),
                        CAST(:committees AS text[]), CAST(:payloads AS text[]), CAST(:officerPayloads AS text[]),
                        CAST(:meetingIds AS text[]))
                        WITH ORDINALITY AS u(event_id, topic, type, committee, payload, officer_payload, meeting_id, n)
                    ORDER BY u.n
                    ON CONFLICT (event_id) DO NOTHING RETURNING id)
                SELECT max(id) FROM written""")
                .setParameter("eventIds", columns[0])
                .setParameter("topics", columns[1])
                .setParameter("types", columns[2])
                .setParameter("committees", columns[3])
                .setParameter("payloads", columns[4])
                .setParameter("officerPayloads", columns[5])
                .setParameter("meetingIds", columns[6])
                .getSingleResult();
        long newest = max == null ? 0 : ((Number) max).longValue();
        rows.clear();
        if (newest == 0) {
            return;
        }
        // Delivered at commit to every replica's listener (StreamNotifications): each tails the shared log.
        em.createNativeQuery("NOTIFY " + StreamNotifications.CHANNEL).executeUpdate();
        // Rows an enabled webhook subscription has not taken yet stay, however many that keeps (README "Webhooks").
        long oldest = ((Number) em.createNativeQuery("""
                SELECT least(:oldest, coalesce(min(cursor_id), :oldest)) FROM webhook_subscription WHERE enabled""")
                .setParameter("oldest", newest - keep).getSingleResult()).longValue();
        long from = trimmedUpTo;
        // From where the last trim ended: an index scan from the start would step over every row ever deleted.
        em.createNativeQuery("DELETE FROM stream_event WHERE id > :from AND id <= :oldest")
                .setParameter("from", from)
                .setParameter("oldest", oldest)
                .executeUpdate();
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    trimmedUpTo = Math.max(trimmedUpTo, oldest);
                    hub.wake();
                }
            }
        });
    }

    @SuppressWarnings("unchecked")
    private List<Row> pending() {
        List<Row> rows = (List<Row>) transactions.getResource(PENDING);
        if (rows == null) {
            rows = new ArrayList<>();
            transactions.putResource(PENDING, rows);
        }
        return rows;
    }

    /** Rows after {@code afterId}, oldest first; called from the hub's and the SSE connections' own threads. */
    @ActivateRequestContext
    @Transactional
    @SuppressWarnings("unchecked")
    public List<StreamEvent> after(long afterId, int limit) {
        List<Object[]> rows = em.createNativeQuery("""
                SELECT id, topic, type, committee, payload FROM stream_event WHERE id > :after
                    AND payload IS NOT NULL AND (meeting_id IS NULL OR meeting_id IN (SELECT id FROM published_meeting))
                ORDER BY id LIMIT :limit""")
                .setParameter("after", afterId)
                .setParameter("limit", limit)
                .getResultList();
        return rows.stream()
                .map(row -> new StreamEvent(((Number) row[0]).longValue(), (String) row[1], (String) row[2],
                        (String) row[3], (String) row[4]))
                .toList();
    }

    @ActivateRequestContext
    @Transactional
    public long lastId() {
        Object max = em.createNativeQuery("SELECT max(id) FROM stream_event").getSingleResult();
        return max == null ? 0 : ((Number) max).longValue();
    }

    /** The meeting the event is about, when it says: a draft's events wait until it is published. */
    private static String meetingId(JsonNode data) {
        JsonNode id = data.path("meetingId");
        if (!id.isTextual()) {
            return null;
        }
        try {
            return UUID.fromString(id.asText()).toString();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String committee(JsonNode data) {
        JsonNode committee = data.path("committee");
        return committee.isTextual() ? committee.asText() : null;
    }
}
