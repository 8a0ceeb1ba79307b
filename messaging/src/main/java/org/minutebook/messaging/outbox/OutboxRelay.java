package org.minutebook.messaging.outbox;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.scheduler.Scheduled;

/**
 * Drains the outbox on one dedicated thread, so that rounds never overlap within an instance (the advisory lock of
 * {@link OutboxRound} keeps instances apart). A round is asked for after every commit that appended to the outbox, and
 * by a poll that catches up after a failure or a restart; asks made while a round waits to start share it.
 */
@ApplicationScoped
@IfBuildProperty(name = "minutebook.outbox.enabled", stringValue = "true")
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final OutboxRound round;
    private final OutboxSettings settings;
    private final AtomicBoolean roundQueued = new AtomicBoolean();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "outbox-relay");
        t.setDaemon(true);
        return t;
    });

    public OutboxRelay(OutboxRound round, OutboxSettings settings) {
        this.round = round;
        this.settings = settings;
    }

    // Not before the application runs: the emitter's channel is connected only then.
    @Scheduled(identity = "outbox-relay", every = "${minutebook.outbox.poll-interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void poll() {
        wakeUp();
    }

    public void wakeUp() {
        if (roundQueued.compareAndSet(false, true)) {
            worker.execute(this::drain);
        }
    }

    private void drain() {
        // Cleared first: rows committed from here on are either seen by this round or ask for the next one.
        roundQueued.set(false);
        int batchSize = settings.batchSize();
        try {
            while (round.publishNextBatch(batchSize) == batchSize) {
                // A full batch, all of it acknowledged: more rows are likely waiting.
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
