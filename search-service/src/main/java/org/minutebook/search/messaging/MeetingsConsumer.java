package org.minutebook.search.messaging;

import java.util.List;
import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import org.minutebook.search.service.ItemProjection;
import org.minutebook.search.service.MeetingProjection;
import org.minutebook.search.service.ProcessedEvents;
import org.minutebook.search.service.ReadModelGate;
import org.minutebook.search.service.StreamCorrections;
import org.minutebook.search.service.StreamLog;
import org.minutebook.shared.messaging.ConsumerGuard;

import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;

/**
 * Lands {@code minutes.meetings} in the read models. The event id is recorded in the same transaction as the effect,
 * so a redelivered event changes nothing; a failure rolls both back and the record goes to the dead-letter topic.
 */
@ApplicationScoped
public class MeetingsConsumer {

    private static final Logger LOG = Logger.getLogger(MeetingsConsumer.class);

    private final ReadModelGate gate;
    private final ConsumerGuard guard;
    private final EnvelopeReader envelopes;
    private final ProcessedEvents processedEvents;
    private final StreamLog stream;
    private final MeetingProjection meetings;
    private final ItemProjection items;
    private final StreamCorrections corrections;

    public MeetingsConsumer(ReadModelGate gate, ConsumerGuard guard, EnvelopeReader envelopes,
            ProcessedEvents processedEvents,
            StreamLog stream,
            MeetingProjection meetings,
            ItemProjection items,
            StreamCorrections corrections) {
        this.corrections = corrections;
        this.gate = gate;
        this.guard = guard;
        this.envelopes = envelopes;
        this.processedEvents = processedEvents;
        this.stream = stream;
        this.meetings = meetings;
        this.items = items;
    }

    @Incoming("minutes-meetings")
    @Blocking
    public CompletionStage<Void> consume(KafkaRecordBatch<String, String> batch) {
        // A database that is restarting is waited for, not mistaken for a poison message; see ConsumerGuard.
        guard.applyBatch("Applying minutes.meetings events", batch.getRecords(),
                values -> gate.applyInTransaction(() -> applyAll(values)));
        return batch.ack();
    }

    /** One event in a transaction of its own, as a rebuild replays the topic. */
    public void replay(String value) {
        guard.apply("Replaying a minutes.meetings event",
                () -> gate.applyInTransaction(() -> applyAll(List.of(value))));
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
            case MeetingRecorded.TYPE -> meetings.apply(envelopes.data(event, MeetingRecorded.class));
            case ItemRecorded.TYPE -> recordItem(event.id(), envelopes.data(event, ItemRecorded.class));
            case ResolutionRecorded.TYPE -> items.apply(envelopes.data(event, ResolutionRecorded.class));
            case MeetingSuperseded.TYPE -> withdraw(event.id(), envelopes.data(event, MeetingSuperseded.class));
            case MeetingStatusChanged.PUBLISHED, MeetingStatusChanged.APPROVED ->
                meetings.statusChanged(envelopes.data(event, MeetingStatusChanged.class));
            // Rolls back the processed mark with everything else: the message goes to the dead-letter topic.
            default -> throw new IllegalArgumentException("Unknown event type " + event.type() + " of event "
                    + event.id());
        }
        // Last, so that the redaction sees this event's own effect (an item's restricted flag).
        stream.append(StreamLog.MEETINGS, event);
    }

    /** The stream log's history follows a correction as search's read models do. */
    private void withdraw(String eventId, MeetingSuperseded superseded) {
        meetings.withdraw(superseded);
        corrections.superseded(eventId, superseded.meetingId());
    }

    private void recordItem(String eventId, ItemRecorded item) {
        items.apply(item);
        if (item.restricted()) {
            corrections.restricted(eventId, item.meetingId(), item.itemId(), item.actionIds());
        }
    }
}
