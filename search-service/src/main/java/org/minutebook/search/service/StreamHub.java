package org.minutebook.search.service;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

/**
 * Fans committed stream rows out to the open SSE connections. One thread tails the log by id after each commit, so
 * every connection sees the rows in id order, each once, however many consumer threads commit.
 */
@ApplicationScoped
public class StreamHub {

    private static final Logger LOG = Logger.getLogger(StreamHub.class);
    private static final int BATCH = 500;

    private final StreamLog log;
    private final Set<StreamSubscription> subscriptions = ConcurrentHashMap.newKeySet();
    private final ExecutorService dispatcher = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "stream-dispatcher");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private volatile long cursor;

    public StreamHub(StreamLog log) {
        this.log = log;
    }

    void start(@Observes StartupEvent started) {
        cursor = log.lastId();
    }

    /** Called after a commit; wake-ups that arrive while a tail is pending fold into it. */
    public void wake() {
        if (scheduled.compareAndSet(false, true)) {
            dispatcher.execute(this::tail);
        }
    }

    public void subscribe(StreamSubscription subscription) {
        subscriptions.add(subscription);
    }

    public void unsubscribe(StreamSubscription subscription) {
        subscriptions.remove(subscription);
    }

    /** The id of the last row handed to the connections. */
    public long cursor() {
        return cursor;
    }

    private void tail() {
        scheduled.set(false);
        try {
            List<StreamEvent> batch;
            do {
                batch = log.after(cursor, BATCH);
                for (StreamEvent event : batch) {
                    subscriptions.forEach(subscription -> subscription.offer(event));
                    cursor = event.id();
                }
            } while (batch.size() == BATCH);
        } catch (RuntimeException e) {
            // The next commit wakes the tail again; connections resume from their Last-Event-ID if they drop.
            LOG.warn("Could not read the stream log", e);
        }
    }

    @PreDestroy
    void stop() {
        dispatcher.shutdownNow();
    }
}
