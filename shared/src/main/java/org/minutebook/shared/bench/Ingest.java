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

    record Result(int meetings, long items, long events, double seconds) {

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
        if (!pipeline.awaitApplied(before + events.get(), Duration.ofMinutes(30))) {
            throw new IllegalStateException("The read models did not catch up within 30 minutes");
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Result(count, items.get(), events.get(), seconds);
    }
}
