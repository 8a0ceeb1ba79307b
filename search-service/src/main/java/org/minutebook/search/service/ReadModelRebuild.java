package org.minutebook.search.service;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.Response;

import javax.sql.DataSource;

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
 * are paused and the gate closed meanwhile, on this replica and (through the database, {@link RebuildLock}) on every
 * other: one replica rebuilds at a time, the others' consumers wait, and the status shows the rebuild wherever it is
 * asked. Afterwards every consumer resumes from its committed offsets, and what the replay already applied it skips by
 * event id. The live stream's log is kept: its ids are what dashboards resume from.
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
    private final DedicatedConnections connections;
    private final DataSource dataSource;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "read-model-rebuild"));
    private volatile RebuildStatus status = RebuildStatus.neverRun();

    public ReadModelRebuild(ChannelRegistry channels, ReadModelGate gate, MeetingsConsumer meetings,
            ActionsConsumer actions, EntityManager em,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers, KafkaClientSecurity security,
            DedicatedConnections connections, DataSource dataSource) {
        this.channels = channels;
        this.gate = gate;
        this.meetings = meetings;
        this.actions = actions;
        this.em = em;
        this.bootstrapServers = bootstrapServers;
        this.security = security;
        this.connections = connections;
        this.dataSource = dataSource;
    }

    /** This replica's rebuild, or, if another replica is rebuilding, that one. */
    public RebuildStatus status() {
        RebuildStatus local = status;
        if (local.state() == State.RUNNING) {
            return local;
        }
        return elsewhere().map(holder -> new RebuildStatus(State.RUNNING, holder.since(), null, Map.of(), Map.of(),
                null, holder.instanceId())).orElse(local);
    }

    /** Starts a rebuild in the background; 409 while one is running, on this replica or another. */
    public synchronized RebuildStatus start() {
        if (status.state() == State.RUNNING) {
            throw new ProblemException(Response.Status.CONFLICT,
                    "A rebuild started at " + status.startedAt() + " is still running");
        }
        RebuildLock lock;
        try {
            lock = RebuildLock.tryTake(connections).orElse(null);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not reach the database to take the rebuild lock", e);
        }
        if (lock == null) {
            String where = elsewhere().map(h -> " on " + h.instanceId() + " (since " + h.since() + ")").orElse("");
            throw new ProblemException(Response.Status.CONFLICT, "A rebuild is running" + where);
        }
        status = new RebuildStatus(State.RUNNING, Instant.now(), null, Map.of(), Map.of(), null,
                connections.instanceId());
        RebuildStatus started = status;
        worker.execute(() -> run(started.startedAt(), lock));
        return started;
    }

    private void run(Instant startedAt, RebuildLock lock) {
        Map<String, Long> replayed = new LinkedHashMap<>();
        Map<String, Long> skipped = new LinkedHashMap<>();
        String instance = connections.instanceId();
        CHANNELS.forEach(name -> pausable(name).pause());
        gate.close();
        try (lock) {
            lock.excludeConsumers();
            QuarkusTransaction.requiringNew()
                    .run(() -> em.createNativeQuery("TRUNCATE " + READ_MODELS).executeUpdate());
            // Meetings first: action events refine the items the meeting events recorded.
            replay(StreamLog.MEETINGS, meetings::replay, replayed, skipped);
            replay(StreamLog.ACTIONS, actions::replay, replayed, skipped);
            status = new RebuildStatus(State.DONE, startedAt, Instant.now(), replayed, skipped, null, instance);
            LOG.infof("Read models rebuilt: replayed %s, skipped %s", replayed, skipped);
        } catch (SQLException | RuntimeException e) {
            LOG.error("Read model rebuild failed; the consumers resume and fill in what they can", e);
            status = new RebuildStatus(State.FAILED, startedAt, Instant.now(), replayed, skipped, e.getMessage(),
                    instance);
        } finally {
            gate.open();
            CHANNELS.forEach(name -> pausable(name).resume());
        }
    }

    private Optional<RebuildLock.Holder> elsewhere() {
        try (Connection connection = dataSource.getConnection()) {
            return RebuildLock.holder(connection);
        } catch (SQLException e) {
            LOG.debugf("Could not ask who holds the rebuild lock: %s", e.getMessage());
            return Optional.empty();
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
