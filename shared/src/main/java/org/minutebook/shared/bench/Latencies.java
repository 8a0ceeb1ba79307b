package org.minutebook.shared.bench;

import java.util.concurrent.TimeUnit;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/** Response or freshness times in microseconds, recorded from many threads, read as percentiles in ms. */
final class Latencies {

    private final Histogram histogram = new ConcurrentHistogram(TimeUnit.MINUTES.toMicros(10), 3);

    void recordNanos(long nanos) {
        histogram.recordValue(Math.max(1, Math.min(TimeUnit.NANOSECONDS.toMicros(nanos),
                histogram.getHighestTrackableValue())));
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
        return out.append(" (n = ").append(count()).append(')').toString();
    }
}
