package org.minutebook.shared.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Ingest throughput: meetings posted by N concurrent clients, timed from the first POST until both read models have
 * applied every event (actions-service and search-service consistent).
 */
final class Ingest {

    /**
     * @param postSeconds until the last POST was answered: what meetings-service alone accepts
     * @param actionsSeconds until actions-service had applied every event
     * @param searchSeconds until search-service had applied every event
     */
    record Result(int meetings, long items, long events, double seconds, double postSeconds, double actionsSeconds,
            double searchSeconds) {

        double meetingsPerSecond() {
            return meetings / seconds;
        }

        double itemEventsPerSecond() {
            return items / seconds;
        }

        double eventsPerSecond() {
            return events / seconds;
        }
    }

    private Ingest() {
    }

    static Result run(Pipeline pipeline, SyntheticMinutes archive, int first, int count, int clients)
            throws Exception {
        long before = Math.min(pipeline.applied("actions"), pipeline.applied("search"));
        AtomicInteger next = new AtomicInteger(first);
        AtomicLong items = new AtomicLong();
        AtomicLong events = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        List<Future<?>> workers = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            workers.add(pool.submit(() -> {
                for (int n = next.getAndIncrement(); n < first + count; n = next.getAndIncrement()) {
                    ObjectNode meeting = archive.meeting(n);
                    pipeline.post(meeting);
                    items.addAndGet(meeting.withArray("items").size());
                    events.addAndGet(Pipeline.eventsOf(meeting));
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        pool.shutdown();
        double posted = (System.nanoTime() - start) / 1e9;
        long target = before + events.get();
        double actions = Double.NaN;
        double search = Double.NaN;
        long deadline = System.nanoTime() + Duration.ofMinutes(60).toNanos();
        while (Double.isNaN(actions) || Double.isNaN(search)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The read models did not catch up within 60 minutes");
            }
            double now = (System.nanoTime() - start) / 1e9;
            if (Double.isNaN(actions) && pipeline.applied("actions") >= target) {
                actions = now;
            }
            if (Double.isNaN(search) && pipeline.applied("search") >= target) {
                search = now;
            }
            Thread.sleep(500); // each look counts the processed events: not free at 400,000
        }
        return new Result(count, items.get(), events.get(), Math.max(actions, search), posted, actions, search);
    }
}
