package org.minutebook.search.messaging;

import java.util.List;
import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import org.minutebook.search.service.ItemStatusProjection;
import org.minutebook.search.service.ProcessedEvents;
import org.minutebook.search.service.ReadModelGate;
import org.minutebook.search.service.StreamLog;
import org.minutebook.shared.messaging.ConsumerGuard;

import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;

/** Lands {@code minutes.actions} in the item status read model; idempotent on the event id like the meetings side. */
@ApplicationScoped
public class ActionsConsumer {

    private static final Logger LOG = Logger.getLogger(ActionsConsumer.class);

    private final ReadModelGate gate;
    private final ConsumerGuard guard;
    private final EnvelopeReader envelopes;
    private final ProcessedEvents processedEvents;
    private final StreamLog stream;
    private final ItemStatusProjection itemStatus;

    public ActionsConsumer(ReadModelGate gate, ConsumerGuard guard, EnvelopeReader envelopes,
            ProcessedEvents processedEvents,
            StreamLog stream,
            ItemStatusProjection itemStatus) {
        this.gate = gate;
        this.guard = guard;
        this.envelopes = envelopes;
        this.processedEvents = processedEvents;
        this.stream = stream;
        this.itemStatus = itemStatus;
    }

    @Incoming("minutes-actions")
    @Blocking
    public CompletionStage<Void> consume(KafkaRecordBatch<String, String> batch) {
        // A database that is restarting is waited for, not mistaken for a poison message; see ConsumerGuard.
        guard.applyBatch("Applying minutes.actions events", batch.getRecords(),
                values -> gate.applyInTransaction(() -> applyAll(values)));
        return batch.ack();
    }

    /** One event in a transaction of its own, as a rebuild replays the topic. */
    public void replay(String value) {
        guard.apply("Replaying a minutes.actions event", () -> gate.applyInTransaction(() -> applyAll(List.of(value))));
    }

    private void applyAll(List<String> values) {
        values.forEach(this::apply);
        stream.writeAppended();
    }

    private void apply(String value) {
        CloudEvent event = envelopes.read(value);
        if (!processedEvents.markProcessed(event)) {
            LOG.debugf("Skipping event %s (%s): already processed", event.id(), event.type());
            return;
        }
        switch (event.type()) {
            case ActionAssigned.TYPE -> itemStatus.apply(envelopes.data(event, ActionAssigned.class));
            case ItemDeferred.TYPE -> itemStatus.apply(envelopes.data(event, ItemDeferred.class));
            case ActionChanged.UPDATED, ActionChanged.COMPLETED ->
                itemStatus.apply(envelopes.data(event, ActionChanged.class), event.type());
            case DeferralChanged.RESOLVED, DeferralChanged.CARRIED_FORWARD ->
                itemStatus.apply(envelopes.data(event, DeferralChanged.class), event.type());
            // Rolls back the processed mark with everything else: the message goes to the dead-letter topic.
            default -> throw new IllegalArgumentException("Unknown event type " + event.type() + " of event "
                    + event.id());
        }
        // Last, so that the redaction sees this event's own effect (an item's restricted flag).
        stream.append(StreamLog.ACTIONS, event);
    }
}
