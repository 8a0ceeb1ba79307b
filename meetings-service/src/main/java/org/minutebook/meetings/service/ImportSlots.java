package org.minutebook.meetings.service;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.minutebook.shared.problem.Problem;
import org.minutebook.shared.problem.ProblemException;

/**
 * How many documents are read at once. Extraction holds a document's text and its parser's structures in memory, so
 * a burst of uploads, anonymous dry runs among them, waits briefly for a slot and is then told to come back (503
 * with Retry-After) instead of exhausting the heap.
 */
@ApplicationScoped
public class ImportSlots {

    private final Semaphore slots;
    private final Duration wait;

    public ImportSlots(@ConfigProperty(name = "minutebook.import.concurrency", defaultValue = "2") int concurrency,
            @ConfigProperty(name = "minutebook.import.wait", defaultValue = "PT5S") Duration wait) {
        this.slots = new Semaphore(Math.max(1, concurrency), true);
        this.wait = wait;
    }

    void acquire() {
        try {
            if (slots.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new ProblemException(Problem.of(503, "Service Unavailable",
                "Every import slot is busy reading another document; try again shortly").with("retryAfter", 5));
    }

    void release() {
        slots.release();
    }
}
