package org.minutebook.actions.messaging;

import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.minutebook.actions.service.ChangeReplayer;
import org.minutebook.shared.messaging.ConsumerGuard;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;

/**
 * Reads minutes.actions, this service's own topic, in a consumer group of its own: officer changes are kept there as
 * events and re-applied when the register is rebuilt from the topics (see README, "Rebuilding the register").
 */
@ApplicationScoped
public class ActionChangesConsumer {

    private final CloudEventReader reader;
    private final ChangeReplayer replayer;
    private final ConsumerGuard guard;

    public ActionChangesConsumer(CloudEventReader reader, ChangeReplayer replayer, ConsumerGuard guard) {
        this.guard = guard;
        this.reader = reader;
        this.replayer = replayer;
    }

    @Incoming("minutes-actions-changes")
    @Blocking
    public CompletionStage<Void> consume(KafkaRecordBatch<String, String> batch) {
        // A database that is restarting is waited for, not mistaken for a poison message; see ConsumerGuard.
        guard.applyBatch("Applying a batch of minutes.actions events", batch.getRecords(),
                values -> replayer.handleAll(values.stream().map(reader::read).toList()));
        return batch.ack();
    }
}
