package org.minutebook.actions.messaging;

import static org.minutebook.messaging.EventTypes.ACTION_ASSIGNED;
import static org.minutebook.messaging.EventTypes.ACTION_COMPLETED;
import static org.minutebook.messaging.EventTypes.ACTION_UPDATED;
import static org.minutebook.messaging.EventTypes.DEFERRAL_CARRIED_FORWARD;
import static org.minutebook.messaging.EventTypes.DEFERRAL_RESOLVED;
import static org.minutebook.messaging.EventTypes.ITEM_DEFERRED;

import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.minutebook.actions.service.ChangeReplayer;
import org.minutebook.messaging.Topics;
import org.minutebook.messaging.consumer.Consumers;
import org.minutebook.messaging.consumer.EventConsumer;
import org.minutebook.messaging.deadletter.DeadLetterDesk;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;

/**
 * Reads minutes.actions, this service's own topic, in a consumer group of its own: officer changes are kept there as
 * events and re-applied when the register is rebuilt from the topics (see README, "Rebuilding the register").
 * Everything else on the topic is derived from minutes.meetings and rebuilt from there.
 */
@ApplicationScoped
public class ActionChangesConsumer {

    private final EventConsumer consumer;

    public ActionChangesConsumer(Consumers consumers, ChangeReplayer replayer,
            DeadLetterDesk deadLetters) {
        this.consumer = consumers.of(Topics.ACTIONS)
                .onBatch(ACTION_UPDATED, ActionEvents.ActionUpdated.class, replayer::replayAll)
                .ignore(ACTION_ASSIGNED, ACTION_COMPLETED, ITEM_DEFERRED, DEFERRAL_RESOLVED, DEFERRAL_CARRIED_FORWARD)
                .build();
        deadLetters.register("minutes-actions-changes", consumer);
    }

    @Incoming("minutes-actions-changes")
    @Blocking
    public CompletionStage<Void> consume(KafkaRecordBatch<String, String> batch) {
        return consumer.consume(batch);
    }
}
