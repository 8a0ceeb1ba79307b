package org.minutebook.messaging.outbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * One round of the relay: the oldest unsent rows, sent in id order, marked sent by the acknowledgement rule below.
 * <p>
 * <b>The rule: a row is marked sent only once it and every row before it in the round has been acknowledged</b> (the
 * acknowledged prefix), as the prefix grows, in transactions of their own. So the unsent rows are always a suffix of
 * the outbox in id order, and the next round starts exactly at the first row not known to be on the broker:
 * <ul>
 * <li>a crash never loses an event: nothing is marked before the broker has it (acks=all);</li>
 * <li>each key keeps its order: a failed row is sent again before anything after it, and the idempotent producer fails
 * every later record of a partition once one fails, so nothing of that key overtook it;</li>
 * <li>what was acknowledged after a failure, or before a crash and its mark, is sent again with the same event id:
 * the consumers' inbox skips it.</li>
 * </ul>
 * Marking acknowledged rows out of order would publish fewer duplicates but leave holes before marked rows, and then
 * the order of a key rests on the producer alone; the prefix keeps the outbox's own order the authority.
 */
@ApplicationScoped
@IfBuildProperty(name = "minutebook.outbox.enabled", stringValue = "true")
public class OutboxRound {

    private static final Logger LOG = Logger.getLogger(OutboxRound.class);
    /** Held for one round, so that instances never publish the same rows or overtake each other. */
    private static final long RELAY_LOCK = 0x6d62_6f78L;
    private static final long MARK_INTERVAL_MS = 50;

    private final EntityManager em;
    private final OutboxSender sender;
    private final OutboxSettings settings;

    public OutboxRound(EntityManager em, OutboxSender sender, OutboxSettings settings) {
        this.em = em;
        this.sender = sender;
        this.settings = settings;
    }

    /** @return how many rows were published and marked; fewer than {@code limit} means drained or failing. */
    public int publishNextBatch(int limit) {
        int timeout = (int) settings.ackTimeout().toSeconds() + 30;
        return QuarkusTransaction.requiringNew().timeout(timeout).call(() -> {
            if (!tryRelayLock()) {
                return 0;
            }
            List<OutboxRow> rows = unsent(limit);
            List<CompletableFuture<Void>> acks = new ArrayList<>(rows.size());
            rows.forEach(row -> acks.add(sender.send(row)));
            return markAcknowledgedPrefix(rows, acks);
        });
    }

    private int markAcknowledgedPrefix(List<OutboxRow> rows, List<CompletableFuture<Void>> acks) {
        long deadline = System.nanoTime() + settings.ackTimeout().toNanos();
        int marked = 0;
        while (marked < rows.size()) {
            int prefix = marked;
            while (prefix < rows.size() && acknowledged(acks.get(prefix))) {
                prefix++;
            }
            if (prefix > marked) {
                markSent(rows.subList(marked, prefix));
                marked = prefix;
                continue;
            }
            OutboxRow next = rows.get(marked);
            if (acks.get(marked).isCompletedExceptionally() || System.nanoTime() > deadline) {
                LOG.warnf("Outbox event %s (%s) not acknowledged, it and %d after it will be sent again: %s",
                        next.eventId(), next.type(), rows.size() - marked - 1, failure(acks.get(marked)));
                break;
            }
            await(acks.get(marked));
        }
        return marked;
    }

    private boolean tryRelayLock() {
        Object locked = em.createNativeQuery("SELECT pg_try_advisory_xact_lock(:key)")
                .setParameter("key", RELAY_LOCK).getSingleResult();
        return Boolean.TRUE.equals(locked);
    }

    private List<OutboxRow> unsent(int limit) {
        List<?> result = em.createNativeQuery("""
                SELECT id, event_id::text, aggregate_id::text, type, payload, trace_context FROM outbox_event
                WHERE sent_at IS NULL ORDER BY id""").setMaxResults(limit).getResultList();
        return result.stream().map(r -> OutboxRow.of((Object[]) r)).toList();
    }

    private void markSent(List<OutboxRow> rows) {
        List<Long> ids = rows.stream().map(OutboxRow::id).toList();
        Instant now = Instant.now();
        QuarkusTransaction.requiringNew().run(() -> em
                .createNativeQuery("UPDATE outbox_event SET sent_at = :now WHERE id IN (:ids)")
                .setParameter("now", now).setParameter("ids", ids).executeUpdate());
    }

    private static boolean acknowledged(CompletableFuture<Void> ack) {
        return ack.isDone() && !ack.isCompletedExceptionally();
    }

    private static void await(CompletableFuture<Void> ack) {
        try {
            ack.get(MARK_INTERVAL_MS, TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            // looked at again by the caller
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for acknowledgements", e);
        }
    }

    private static String failure(CompletableFuture<Void> ack) {
        if (!ack.isDone()) {
            return "no acknowledgement in time";
        }
        try {
            ack.join();
            return "acknowledged";
        } catch (RuntimeException e) {
            return e.getCause() == null ? e.toString() : e.getCause().toString();
        }
    }
}
