package org.minutebook.search.messaging;

import static org.minutebook.messaging.EventTypes.ACTION_ASSIGNED;
import static org.minutebook.messaging.EventTypes.ACTION_COMPLETED;
import static org.minutebook.messaging.EventTypes.ACTION_UPDATED;
import static org.minutebook.messaging.EventTypes.DEFERRAL_CARRIED_FORWARD;
import static org.minutebook.messaging.EventTypes.DEFERRAL_RESOLVED;
import static org.minutebook.messaging.EventTypes.ITEM_DEFERRED;

import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.minutebook.messaging.Topics;
import org.minutebook.messaging.consumer.Consumers;
import org.minutebook.messaging.consumer.Delivered;
import org.minutebook.messaging.consumer.EventConsumer;
import org.minutebook.messaging.deadletter.DeadLetterDesk;
import org.minutebook.search.service.ItemStatusProjection;
import org.minutebook.search.service.ReadModelGate;
import org.minutebook.search.service.StreamLog;

import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;

/** Lands {@code minutes.actions} in the item status read model and the live stream's log. */
@ApplicationScoped
public class ActionsConsumer {

    private final EventConsumer consumer;

    public ActionsConsumer(Consumers consumers, ReadModelGate gate, StreamLog stream, ItemStatusProjection status,
            DeadLetterDesk deadLetters) {
        this.consumer = consumers.of(Topics.ACTIONS)
                .onBatch(ACTION_ASSIGNED, ActionAssigned.class,
                        assigned -> status.applyAssigned(Delivered.data(assigned)))
                .on(ITEM_DEFERRED, ItemDeferred.class, status::apply)
                .withEnvelope(ACTION_UPDATED, ActionChanged.class, (e, change) -> status.apply(change, e.type()))
                .withEnvelope(ACTION_COMPLETED, ActionChanged.class, (e, change) -> status.apply(change, e.type()))
                .withEnvelope(DEFERRAL_RESOLVED, DeferralChanged.class, (e, change) -> status.apply(change, e.type()))
                .withEnvelope(DEFERRAL_CARRIED_FORWARD, DeferralChanged.class,
                        (e, change) -> status.apply(change, e.type()))
                // Last, so that the redaction sees this event's own effect.
                .afterEach(event -> stream.append(StreamLog.ACTIONS, event))
                // Admitted last, so that a replica's rebuild turns the batch away only once it is ready to commit.
                .afterBatch(() -> {
                    gate.admit();
                    stream.writeAppended();
                })
                .around(gate::shared)
                .build();
        deadLetters.register("minutes-actions", consumer);
    }

    @Incoming("minutes-actions")
    @Blocking
    public CompletionStage<Void> consume(KafkaRecordBatch<String, String> batch) {
        return consumer.consume(batch);
    }

    /** One event in a transaction of its own, as a rebuild replays the topic. */
    public void replay(String value) {
        consumer.replay(value);
    }
}
