package org.minutebook.meetings.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;

import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;

/**
 * Publishes the outbox to {@code minutes.meetings} in id order and marks each row sent once the broker has
 * acknowledged it. What a failed batch left unacknowledged is retried; consumers drop any duplicates by event id. One
 * relay is active across all instances (an advisory lock), which keeps the order.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final long RELAY_LOCK = 0x6d62_6f78L; // any constant shared by all instances
    // Longer than the producer's delivery timeout, so a batch normally ends in acks or nacks, never in this.
    private static final Duration ACK_TIMEOUT = Duration.ofSeconds(45);
    private static final Duration MARK_INTERVAL = Duration.ofMillis(50);

    private final Emitter<String> emitter;
    private final EntityManager em;
    private final RelaySettings settings;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "outbox-relay"));
    private final AtomicBoolean queued = new AtomicBoolean();

    public OutboxRelay(
            @Channel("minutes-meetings") @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 4096) Emitter<String> emitter,
            EntityManager em, RelaySettings settings) {
        this.emitter = emitter;
        this.em = em;
        this.settings = settings;
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Outbox.Appended appended) {
        wake();
    }

    /** Catches up after a failure or a restart; commits wake the relay at once. */
    @Scheduled(every = "${minutebook.outbox.poll-interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        wake();
    }

    public void wake() {
        if (queued.compareAndSet(false, true)) {
            worker.execute(this::drain);
        }
    }

    private void drain() {
        queued.set(false);
        try {
            while (relayBatch() == settings.batchSize()) {
                // a full batch: more may be waiting
            }
        } catch (RuntimeException e) {
            LOG.warnf("Outbox relay failed, will retry: %s", e.getMessage());
        }
    }

    /** @return how many events were published. */
    int relayBatch() {
        return QuarkusTransaction.requiringNew().timeout((int) ACK_TIMEOUT.toSeconds() + 30).call(() -> {
            Boolean locked = (Boolean) em.createNativeQuery("SELECT pg_try_advisory_xact_lock(:key)")
                    .setParameter("key", RELAY_LOCK).getSingleResult();
            if (!locked) {
                return 0;
            }
            List<OutboxEvent> batch = em
                    .createQuery("FROM OutboxEvent WHERE sentAt IS NULL ORDER BY id", OutboxEvent.class)
                    .setMaxResults(settings.batchSize()).getResultList();
            if (batch.isEmpty()) {
                return 0;
            }
            BlockingQueue<Long> acked = new LinkedBlockingQueue<>();
            CompletableFuture<?>[] sends = batch.stream().map(e -> send(e, acked)).toArray(CompletableFuture[]::new);
            awaitAcks(CompletableFuture.allOf(sends), acked);
            return batch.size();
        });
    }

    /**
     * Marks rows sent as their acknowledgements arrive, in transactions of their own, so that a relay killed
     * mid-batch republishes only what was not yet acknowledged (plus at most one marking interval's worth). Marking
     * acknowledged rows out of id order keeps each meeting's order: the idempotent producer fails every later record
     * of a partition once one fails.
     */
    private void awaitAcks(CompletableFuture<Void> all, BlockingQueue<Long> acked) throws Exception {
        long deadline = System.nanoTime() + ACK_TIMEOUT.toNanos();
        while (true) {
            try {
                all.get(MARK_INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
                return;
            } catch (TimeoutException e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
            } finally {
                markSent(acked);
            }
        }
    }

    private void markSent(BlockingQueue<Long> acked) {
        List<Long> ids = new ArrayList<>();
        acked.drainTo(ids);
        if (!ids.isEmpty()) {
            QuarkusTransaction.requiringNew().run(() -> em
                    .createQuery("UPDATE OutboxEvent SET sentAt = :now WHERE id IN :ids")
                    .setParameter("now", Instant.now()).setParameter("ids", ids).executeUpdate());
        }
    }

    private CompletableFuture<Void> send(OutboxEvent event, BlockingQueue<Long> acked) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        RecordHeaders headers = new RecordHeaders();
        headers.add("content-type", CloudEvent.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
        Message<String> message = Message.of(event.payload)
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                        .withKey(event.aggregateId.toString())
                        .withHeaders(headers)
                        .build())
                .withAck(() -> {
                    acked.add(event.id);
                    done.complete(null);
                    return CompletableFuture.completedFuture(null);
                })
                .withNack(failure -> {
                    done.completeExceptionally(failure);
                    return CompletableFuture.completedFuture(null);
                });
        emitter.send(message);
        return done;
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
