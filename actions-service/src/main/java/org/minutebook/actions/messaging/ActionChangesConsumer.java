package org.minutebook.actions.messaging;

import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.minutebook.actions.service.ChangeReplayer;
import org.minutebook.shared.messaging.ConsumerGuard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;

/**
 * Reads minutes.actions, this service's own topic, in a consumer group of its own: officer changes are kept there as
 * events and re-applied when the register is rebuilt from the topics (see README, "Rebuilding the register").
 */
@ApplicationScoped
public class ActionChangesConsumer {

    private final ObjectMapper mapper;
    private final ChangeReplayer replayer;
    private final ConsumerGuard guard;

    public ActionChangesConsumer(ObjectMapper mapper, ChangeReplayer replayer, ConsumerGuard guard) {
        this.guard = guard;
        this.mapper = mapper;
        this.replayer = replayer;
    }

    @Incoming("minutes-actions-changes")
    @Blocking
    public CompletionStage<Void> consume(KafkaRecordBatch<String, String> batch) {
        // A database that is restarting is waited for, not mistaken for a poison message; see ConsumerGuard.
        guard.applyBatch("Applying a batch of minutes.actions events", batch.getRecords(),
                values -> replayer.handleAll(values.stream().map(this::read).toList()));
        return batch.ack();
    }

    private CloudEvent read(String value) {
        try {
            CloudEvent event = mapper.readValue(value, CloudEvent.class);
            if (event.id() == null || event.type() == null) {
                throw new IllegalArgumentException("Not a CloudEvent: id and type are required");
            }
            return event;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not JSON: " + e.getOriginalMessage(), e);
        }
    }
}
