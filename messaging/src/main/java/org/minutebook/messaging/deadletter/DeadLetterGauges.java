package org.minutebook.messaging.deadletter;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * {@code minutebook_dead_letters_depth{topic}} (open dead letters of this service) and
 * {@code minutebook_dead_letters_oldest_age_seconds{topic}} (how long the oldest open one has waited; 0 when none).
 * They show the last reading of the topics: a scrape never waits for the broker, it only starts a new reading, in the
 * background, once the last is older than {@link #FRESH}. Listing the dead letters reads them too.
 */
@ApplicationScoped
public class DeadLetterGauges {

    static final String DEPTH = "minutebook.dead.letters.depth";
    static final String OLDEST_AGE = "minutebook.dead.letters.oldest.age";
    private static final Duration FRESH = Duration.ofSeconds(10);
    private static final Logger LOG = Logger.getLogger(DeadLetterGauges.class);

    private final MeterRegistry registry;
    private final Set<String> watched = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean reading = new AtomicBoolean();
    private final ExecutorService reader = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "dead-letter-gauges");
        thread.setDaemon(true);
        return thread;
    });
    private volatile List<DeadLetter> last = List.of();
    private volatile Instant readAt = Instant.EPOCH;
    private volatile Supplier<List<DeadLetter>> read = List::of;

    public DeadLetterGauges(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Gauges for {@code topic}; {@code read} reads every topic of this service (and reports back through observed). */
    void watch(String topic, Supplier<List<DeadLetter>> read) {
        this.read = read;
        if (watched.add(topic)) {
            Gauge.builder(DEPTH, () -> open(topic).count())
                    .description("Dead letters of this service not yet replayed").tag("topic", topic)
                    .register(registry);
            Gauge.builder(OLDEST_AGE, () -> open(topic).map(DeadLetter::time).min(Instant::compareTo)
                    .map(t -> DeadLetterDesk.age(t, Instant.now()).toMillis() / 1000.0).orElse(0.0))
                    .description("How long the oldest open dead letter of this service has waited")
                    .baseUnit("seconds").tag("topic", topic).register(registry);
        }
    }

    /** The dead letters as just read. */
    void observed(List<DeadLetter> all) {
        last = all;
        readAt = Instant.now();
    }

    private java.util.stream.Stream<DeadLetter> open(String topic) {
        if (Duration.between(readAt, Instant.now()).compareTo(FRESH) > 0 && reading.compareAndSet(false, true)) {
            reader.execute(() -> {
                try {
                    read.get();
                } catch (RuntimeException e) {
                    LOG.warnf("Could not read the dead-letter topics for the gauges: %s", DeadLetterDesk.reason(e));
                } finally {
                    reading.set(false);
                }
            });
        }
        return last.stream().filter(d -> d.topic().equals(topic) && !d.replayed());
    }

    @PreDestroy
    void stop() {
        reader.shutdownNow();
    }
}
