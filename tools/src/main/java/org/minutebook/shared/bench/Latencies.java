package org.minutebook.shared.bench;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/** Response or freshness times in microseconds, recorded from many threads, read as percentiles in ms. */
final class Latencies {

    private final Histogram histogram = new ConcurrentHistogram(TimeUnit.MINUTES.toMicros(10), 3);
    private final AtomicLong failures = new AtomicLong();

    void recordNanos(long nanos) {
        histogram.recordValue(Math.max(1, Math.min(TimeUnit.NANOSECONDS.toMicros(nanos),
                histogram.getHighestTrackableValue())));
    }

    /** A request that timed out or was refused: its time is recorded too, and the summary says how many. */
    void recordFailure(long nanos) {
        recordNanos(nanos);
        failures.incrementAndGet();
    }

    long count() {
        return histogram.getTotalCount();
    }

    double percentileMillis(double percentile) {
        return histogram.getValueAtPercentile(percentile) / 1000.0;
    }

    /** "p50 1.2 ms, p95 3.4 ms, p99 5.6 ms (n = 1000)" */
    String summary(double... percentiles) {
        StringBuilder out = new StringBuilder();
        for (double p : percentiles) {
            String name = p == Math.floor(p) ? Integer.toString((int) p) : Double.toString(p);
            out.append(out.isEmpty() ? "" : ", ").append("p").append(name).append(' ')
                    .append(Report.format(percentileMillis(p))).append(" ms");
        }
        out.append(" (n = ").append(count());
        if (failures.get() > 0) {
            out.append(", ").append(failures.get()).append(" timed out or failed");
        }
        return out.append(')').toString();
    }
}
