package org.minutebook.messaging.consumer;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;
import org.minutebook.messaging.deadletter.DeadLetterMarks;

import io.quarkus.runtime.ShutdownEvent;

/**
 * What every consumer applies an event through. A failure that will pass is retried in place; one that will not is
 * rethrown, so the message goes to the dead-letter topic. While the application shuts down, the database and the
 * entity manager close under the consumer: a failure then says nothing about the message, so it is held, neither
 * acknowledged nor dead-lettered, until the process ends, and is delivered again after the restart.
 * <p>
 * A polled batch is applied in one transaction: one commit, and one round of queries' overhead, for hundreds of
 * events. A batch that fails for good is applied again record by record, so only the records that fail on their own
 * are dead-lettered.
 */
@ApplicationScoped
public class ConsumerGuard {

    private static final Logger LOG = Logger.getLogger(ConsumerGuard.class);
    private static final Duration LONGEST_HOLD = Duration.ofSeconds(30);

    private volatile boolean stopping;

    @Inject
    DeadLetterMarks marks;

    void onShutdown(@Observes ShutdownEvent event) {
        stopping = true;
    }

    public void apply(String what, Runnable work) {
        TransientFailures.retryWhileTransient(what, work, () -> stopping, this::hold);
    }

    /**
     * Applies the records through {@code applyAll}, which must apply the list it is given in one transaction,
     * all or nothing. A record that cannot be applied alone is nacked, which dead-letters it; the caller then
     * acknowledges the batch. Returns once every record is applied or dead-lettered.
     */
    public <M extends Message<String>> void applyBatch(String what, List<M> records, Consumer<List<M>> applyAll) {
        try {
            apply(what, () -> applyAll.accept(records));
            return;
        } catch (RuntimeException batchFailed) {
            if (stopping) {
                throw batchFailed;
            }
            LOG.debugf("%s: the batch of %d failed (%s), applied again one by one", what, records.size(),
                    TransientFailures.rootMessage(batchFailed));
        }
        for (M record : records) {
            try {
                apply(what, () -> applyAll.accept(List.of(record)));
            } catch (RuntimeException failure) {
                if (stopping) {
                    throw failure;
                }
                // Parked before the batch is acknowledged: a crash in between delivers the batch again.
                record.nack(failure, marks.nacking(record, failure)).toCompletableFuture().join();
            }
        }
    }

    private void hold(RuntimeException failure) {
        LOG.infof("Shutting down: the event being applied is left for redelivery (%s)",
                TransientFailures.rootMessage(failure));
        // Through interrupts too: returning would acknowledge the event, throwing might dead-letter it.
        long until = System.nanoTime() + LONGEST_HOLD.toNanos();
        boolean interrupted = false;
        while (System.nanoTime() < until) {
            try {
                Thread.sleep(Math.max(1, (until - System.nanoTime()) / 1_000_000));
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        // Still here (a test that stops the application and goes on): refuse the message rather than acknowledge it.
        throw new IllegalStateException("Shut down while applying the event", failure);
    }
}
