package org.minutebook.messaging.deadletter;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;
import org.minutebook.messaging.consumer.EventConsumer;
import org.minutebook.messaging.deadletter.DeadLetterReplays.Coordinates;

/**
 * A service's dead letters: those its consumer groups parked on the dead-letter topics, open until replayed. A
 * consumer {@link #register registers} its channel and the {@link EventConsumer} that applies it; a replay applies the
 * parked record through that consumer again, as a rebuild does, so the inbox skips an event that was applied meanwhile
 * (by a redelivery, or a replay before a crash) and it takes effect once.
 */
@ApplicationScoped
public class DeadLetterDesk {

    private static final Logger LOG = Logger.getLogger(DeadLetterDesk.class);

    /** Channel → settings and consumer; keyed again by (group, original topic) to find a record's consumer. */
    private final Map<String, Registered> channels = new ConcurrentHashMap<>();
    private final DeadLetterLog log;
    private final DeadLetterReplays replays;
    private final DeadLetterGauges gauges;

    private record Registered(ChannelSettings settings, EventConsumer consumer) {
    }

    public DeadLetterDesk(DeadLetterLog log, DeadLetterReplays replays, DeadLetterGauges gauges) {
        this.log = log;
        this.replays = replays;
        this.gauges = gauges;
    }

    /** {@code channel}'s dead letters are this service's, and {@code consumer} applies them again. */
    public void register(String channel, EventConsumer consumer) {
        ChannelSettings settings = ChannelSettings.of(channel);
        channels.put(channel, new Registered(settings, consumer));
        gauges.watch(settings.deadLetterTopic(), this::all);
    }

    /** Oldest first, page {@code page} of {@code size}. */
    public DeadLetterPage list(int page, int size) {
        List<DeadLetter> all = all();
        long open = all.stream().filter(d -> !d.replayed()).count();
        long from = Math.min((long) page * size, all.size());
        return new DeadLetterPage(all.size(), open, page, size,
                all.subList((int) from, (int) Math.min(from + size, all.size())));
    }

    /** Applies the dead letter again, unless it was replayed already; either way returns it as it now stands. */
    public DeadLetter replay(String topic, int partition, long offset) {
        Parked parked = records().stream()
                .filter(p -> p.topic().equals(topic) && p.partition() == partition && p.offset() == offset)
                .findFirst().orElseThrow(() -> new DeadLetterFailures.Unknown(topic, partition, offset));
        Instant replayedAt = replays.replayed(List.of(topic)).get(new Coordinates(topic, partition, offset));
        return replayedAt != null ? DeadLetter.of(parked, replayedAt) : apply(parked);
    }

    /** Every open dead letter, in topic and offset order; one that fails again stays open and the rest go on. */
    public ReplayRound replayAll() {
        int replayed = 0;
        List<ReplayRound.Failed> failed = new ArrayList<>();
        for (DeadLetter open : all().stream().filter(d -> !d.replayed()).toList()) {
            try {
                replay(open.topic(), open.partition(), open.offset());
                replayed++;
            } catch (DeadLetterFailures.FailedAgain e) {
                failed.add(new ReplayRound.Failed(open.topic(), open.partition(), open.offset(), open.eventId(),
                        e.reason()));
            }
        }
        return new ReplayRound(replayed, failed);
    }

    private DeadLetter apply(Parked parked) {
        EventConsumer consumer = consumerOf(parked).orElseThrow(
                () -> new DeadLetterFailures.Unknown(parked.topic(), parked.partition(), parked.offset()));
        try {
            consumer.replay(parked.value());
        } catch (RuntimeException failure) {
            String reason = reason(failure);
            LOG.warnf("Dead letter %s/%d/%d (event %s) failed again: %s", parked.topic(), parked.partition(),
                    parked.offset(), parked.eventId(), reason);
            throw new DeadLetterFailures.FailedAgain(DeadLetter.of(parked, null), reason, failure);
        }
        replays.mark(parked);
        LOG.infof("Dead letter %s/%d/%d (event %s) replayed", parked.topic(), parked.partition(), parked.offset(),
                parked.eventId());
        return DeadLetter.of(parked, replays.replayed(List.of(parked.topic()))
                .get(new Coordinates(parked.topic(), parked.partition(), parked.offset())));
    }

    /** This service's dead letters, replayed or not. */
    private List<DeadLetter> all() {
        List<Parked> records = records();
        Map<Coordinates, Instant> replayed = replays.replayed(topics());
        List<DeadLetter> all = records.stream()
                .map(p -> DeadLetter.of(p, replayed.get(new Coordinates(p.topic(), p.partition(), p.offset()))))
                .toList();
        gauges.observed(all);
        return all;
    }

    /** The records of the dead-letter topics that one of this service's channels parked. */
    private List<Parked> records() {
        return log.readAll(topics()).stream().filter(p -> consumerOf(p).isPresent()).toList();
    }

    private Optional<EventConsumer> consumerOf(Parked parked) {
        return channels.values().stream()
                .filter(r -> r.settings().group().equals(parked.group())
                        && r.settings().topic().equals(parked.originalTopic())
                        && r.settings().deadLetterTopic().equals(parked.topic()))
                .map(Registered::consumer).findFirst();
    }

    private List<String> topics() {
        return channels.values().stream().map(r -> r.settings().deadLetterTopic()).distinct().sorted().toList();
    }

    /** The failure's class and message, as the connector's reason header has them, and its root cause's. */
    static String reason(Throwable failure) {
        Throwable root = failure;
        for (int depth = 0; root.getCause() != null && root.getCause() != root && depth < 16; depth++) {
            root = root.getCause();
        }
        String top = failure.getClass().getSimpleName() + ": " + failure.getMessage();
        return root == failure
                ? top
                : top + " (caused by " + root.getClass().getSimpleName() + ": "
                        + root.getMessage() + ")";
    }

    static Duration age(Instant since, Instant now) {
        return Duration.between(since, now).isNegative() ? Duration.ZERO : Duration.between(since, now);
    }
}
