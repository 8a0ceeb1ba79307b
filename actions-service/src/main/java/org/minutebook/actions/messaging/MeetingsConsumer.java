package org.minutebook.actions.messaging;

import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.minutebook.actions.service.MeetingEventHandler;
import org.minutebook.shared.messaging.ConsumerGuard;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;

/**
 * Reads minutes.meetings in polled batches, each applied in one transaction. A record that cannot be read or applied
 * is nacked and goes to the dead-letter topic (see application.properties); everything it wrote is rolled back with
 * it.
 */
@ApplicationScoped
public class MeetingsConsumer {

    private final CloudEventReader reader;
    private final MeetingEventHandler handler;
    private final ConsumerGuard guard;

    public MeetingsConsumer(CloudEventReader reader, MeetingEventHandler handler, ConsumerGuard guard) {
        this.guard = guard;
        this.reader = reader;
        this.handler = handler;
    }

    @Incoming("minutes-meetings")
    @Blocking
    public CompletionStage<Void> consume(KafkaRecordBatch<String, String> batch) {
        // A database that is restarting is waited for, not mistaken for a poison message; see ConsumerGuard.
        guard.applyBatch("Applying a batch of minutes.meetings events", batch.getRecords(),
                values -> handler.handleAll(values.stream().map(reader::read).toList()));
        return batch.ack();
    }
}
