package org.minutebook.search.service;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.minutebook.search.messaging.ActionsConsumer;
import org.minutebook.search.messaging.MeetingsConsumer;
import org.minutebook.search.service.RebuildStatus.State;
import org.minutebook.shared.messaging.KafkaClientSecurity;
import org.minutebook.shared.problem.ProblemException;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.reactive.messaging.ChannelRegistry;
import io.smallrye.reactive.messaging.PausableChannel;

/**
 * Drops the read models and replays both topics from the beginning through the consumers' own code. The live channels
 * are paused and the gate closed meanwhile; afterwards they resume from their committed offsets, and what the replay
 * already applied they skip by event id. The live stream's log is kept: its ids are what dashboards resume from.
 */
@ApplicationScoped
public class ReadModelRebuild {

    private static final Logger LOG = Logger.getLogger(ReadModelRebuild.class);
    private static final List<String> CHANNELS = List.of("minutes-meetings", "minutes-actions");
    private static final String READ_MODELS = "processed_event, meeting, attendance, item, resolution, item_action, "
            + "item_status, person, topic, tombstone";

    private final ChannelRegistry channels;
    private final ReadModelGate gate;
    private final MeetingsConsumer meetings;
    private final ActionsConsumer actions;
    private final EntityManager em;
    private final String bootstrapServers;
    private final KafkaClientSecurity security;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "read-model-rebuild"));
    private volatile RebuildStatus status = RebuildStatus.neverRun();

    public ReadModelRebuild(ChannelRegistry channels, ReadModelGate gate, MeetingsConsumer meetings,
            ActionsConsumer actions, EntityManager em,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers, KafkaClientSecurity security) {
        this.channels = channels;
        this.gate = gate;
        this.meetings = meetings;
        this.actions = actions;
        this.em = em;
        this.bootstrapServers = bootstrapServers;
        this.security = security;
    }

    public RebuildStatus status() {
        return status;
    }

    /** Starts a rebuild in the background; 409 while one is running. */
    public synchronized RebuildStatus start() {
        if (status.state() == State.RUNNING) {
            throw new ProblemException(Response.Status.CONFLICT,
                    "A rebuild started at " + status.startedAt() + " is still running");
        }
        status = new RebuildStatus(State.RUNNING, Instant.now(), null, Map.of(), Map.of(), null);
        RebuildStatus started = status;
        worker.execute(() -> run(started.startedAt()));
        return started;
    }

    private void run(Instant startedAt) {
        Map<String, Long> replayed = new LinkedHashMap<>();
        Map<String, Long> skipped = new LinkedHashMap<>();
        CHANNELS.forEach(name -> pausable(name).pause());
        gate.close();
        try {
            QuarkusTransaction.requiringNew()
                    .run(() -> em.createNativeQuery("TRUNCATE " + READ_MODELS).executeUpdate());
            // Meetings first: action events refine the items the meeting events recorded.
            replay(StreamLog.MEETINGS, meetings::replay, replayed, skipped);
            replay(StreamLog.ACTIONS, actions::replay, replayed, skipped);
            status = new RebuildStatus(State.DONE, startedAt, Instant.now(), replayed, skipped, null);
            LOG.infof("Read models rebuilt: replayed %s, skipped %s", replayed, skipped);
        } catch (RuntimeException e) {
            LOG.error("Read model rebuild failed; the consumers resume and fill in what they can", e);
            status = new RebuildStatus(State.FAILED, startedAt, Instant.now(), replayed, skipped, e.getMessage());
        } finally {
            gate.open();
            CHANNELS.forEach(name -> pausable(name).resume());
        }
    }

    private void replay(String topic, Consumer<String> consumer, Map<String, Long> replayed,
            Map<String, Long> skipped) {
        AtomicLong refused = new AtomicLong();
        long total = TopicReplay.replay(bootstrapServers, security.properties(), topic, record -> {
            try {
                consumer.accept(record.value());
            } catch (RuntimeException e) {
                refused.incrementAndGet();
                LOG.debugf("Rebuild skipped %s offset %d: %s", topic, record.offset(), e.getMessage());
            }
        });
        replayed.put(topic, total - refused.get());
        skipped.put(topic, refused.get());
    }

    private PausableChannel pausable(String channel) {
        PausableChannel pausable = channels.getPausable(channel);
        if (pausable == null) {
            throw new IllegalStateException("Channel " + channel + " is not pausable (mp.messaging...pausable=true)");
        }
        return pausable;
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
