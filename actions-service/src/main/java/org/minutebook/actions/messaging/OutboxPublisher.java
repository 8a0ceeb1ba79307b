package org.minutebook.actions.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;
import org.minutebook.actions.domain.OutboxEvent;

import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;

/**
 * Publishes unsent outbox rows in id order and marks them sent once the broker has acknowledged them. Delivery is at
 * least once: a crash between the ack and the commit publishes a row again, with the same CloudEvent id.
 */
@ApplicationScoped
public class OutboxPublisher {

    private static final Logger LOG = Logger.getLogger(OutboxPublisher.class);
    /** Advisory lock held for one batch, so that replicas never publish the same rows or overtake each other. */
    private static final long RELAY_LOCK = 0x6d696e7574657341L;
    private static final Duration ACK_TIMEOUT = Duration.ofSeconds(30);
    private static final byte[] CLOUDEVENTS_JSON = "application/cloudevents+json".getBytes(StandardCharsets.UTF_8);

    private final Emitter<String> emitter;
    private final EntityManager em;

    public OutboxPublisher(@Channel("minutes-actions") Emitter<String> emitter, EntityManager em) {
        this.emitter = emitter;
        this.em = em;
    }

    /** @return how many rows were published; fewer than {@code limit} means the outbox is drained or failing. */
    @Transactional
    public int publishNextBatch(int limit) {
        if (!tryRelayLock()) {
            return 0;
        }
        List<OutboxEvent> rows = OutboxEvent.<OutboxEvent>find("sentAt is null order by id").page(0, limit).list();
        List<CompletableFuture<Void>> acks = new ArrayList<>(rows.size());
        for (OutboxEvent row : rows) {
            acks.add(send(row));
        }
        // Only an unbroken prefix is marked sent, so that a failed row is retried before anything after it.
        Instant now = Instant.now();
        int sent = 0;
        for (int i = 0; i < rows.size(); i++) {
            if (!awaitAck(rows.get(i), acks.get(i))) {
                break;
            }
            rows.get(i).sentAt = now;
            sent++;
        }
        return sent;
    }

    private boolean tryRelayLock() {
        Object locked = em.createNativeQuery("SELECT pg_try_advisory_xact_lock(:key)")
                .setParameter("key", RELAY_LOCK)
                .getSingleResult();
        return Boolean.TRUE.equals(locked);
    }

    private CompletableFuture<Void> send(OutboxEvent row) {
        CompletableFuture<Void> acked = new CompletableFuture<>();
        OutgoingKafkaRecordMetadata<String> metadata = OutgoingKafkaRecordMetadata.<String>builder()
                .withKey(row.key)
                .withHeaders(new RecordHeaders().add("content-type", CLOUDEVENTS_JSON))
                .build();
        Message<String> message = Message.of(row.payload)
                .addMetadata(metadata)
                .withAck(() -> {
                    acked.complete(null);
                    return CompletableFuture.completedFuture(null);
                })
                .withNack(failure -> {
                    acked.completeExceptionally(failure);
                    return CompletableFuture.completedFuture(null);
                });
        try {
            emitter.send(message);
        } catch (RuntimeException e) {
            // e.g. the emitter's buffer is full or the channel is down: retried on the next poll.
            acked.completeExceptionally(e);
        }
        return acked;
    }

    private static boolean awaitAck(OutboxEvent row, CompletableFuture<Void> ack) {
        try {
            ack.get(ACK_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (ExecutionException | TimeoutException e) {
            LOG.warnf("Outbox event %s (%s) not acknowledged, will retry: %s", row.eventId, row.type, e.toString());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
