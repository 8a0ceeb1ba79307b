package org.minutebook.shared.messaging;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;

/**
 * What every consumer applies an event through. A failure that will pass is retried in place; one that will not is
 * rethrown, so the message goes to the dead-letter topic. While the application shuts down, the database and the
 * entity manager close under the consumer: a failure then says nothing about the message, so it is held, neither
 * acknowledged nor dead-lettered, until the process ends, and is delivered again after the restart.
 */
@ApplicationScoped
public class ConsumerGuard {

    private static final Logger LOG = Logger.getLogger(ConsumerGuard.class);
    private static final Duration LONGEST_HOLD = Duration.ofSeconds(30);

    private volatile boolean stopping;

    void onShutdown(@Observes ShutdownEvent event) {
        stopping = true;
    }

    public void apply(String what, Runnable work) {
        TransientFailures.retryWhileTransient(what, work, () -> stopping, this::hold);
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
