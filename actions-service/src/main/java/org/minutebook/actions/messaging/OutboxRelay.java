package org.minutebook.actions.messaging;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

/**
 * Drains the outbox on one dedicated thread, so that rounds never overlap within an instance. A round is asked for by
 * the poll and, so that events do not wait for it, after every commit that wrote to the outbox; asks made while a
 * round waits to start share it.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final OutboxPublisher publisher;
    private final OutboxConfig config;
    private final AtomicBoolean roundQueued = new AtomicBoolean();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "outbox-relay");
        t.setDaemon(true);
        return t;
    });

    public OutboxRelay(OutboxPublisher publisher, OutboxConfig config) {
        this.publisher = publisher;
        this.config = config;
    }

    // Not before the application runs: the emitter's channel is connected only then.
    @Scheduled(identity = "outbox-relay", every = "${minutebook.outbox.poll:1s}", skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void poll() {
        wakeUp();
    }

    public void wakeUp() {
        if (roundQueued.compareAndSet(false, true)) {
            worker.execute(this::drain);
        }
    }

    private void drain() {
        // Cleared first: rows committed from here on are either seen by this round or trigger the next one.
        roundQueued.set(false);
        int batchSize = config.batchSize();
        try {
            while (publisher.publishNextBatch(batchSize) == batchSize) {
                // A full batch: more rows are likely waiting.
            }
        } catch (RuntimeException e) {
            LOG.warnf("Outbox relay round failed, retried on the next poll: %s", e.toString());
        }
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
