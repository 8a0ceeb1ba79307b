package org.minutebook.search.messaging;

import static org.minutebook.messaging.EventTypes.ITEM_RECORDED;
import static org.minutebook.messaging.EventTypes.MEETING_PUBLISHED;
import static org.minutebook.messaging.EventTypes.MEETING_RECORDED;
import static org.minutebook.messaging.EventTypes.MEETING_SUPERSEDED;
import static org.minutebook.messaging.EventTypes.MINUTES_APPROVED;
import static org.minutebook.messaging.EventTypes.RESOLUTION_RECORDED;

import java.util.List;
import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.minutebook.messaging.CloudEvent;
import org.minutebook.messaging.Topics;
import org.minutebook.messaging.consumer.Consumers;
import org.minutebook.messaging.consumer.Delivered;
import org.minutebook.messaging.consumer.EventConsumer;
import org.minutebook.messaging.deadletter.DeadLetterDesk;
import org.minutebook.search.service.ItemProjection;
import org.minutebook.search.service.MeetingProjection;
import org.minutebook.search.service.ReadModelGate;
import org.minutebook.search.service.StreamCorrections;
import org.minutebook.search.service.StreamLog;

import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;

/** Lands {@code minutes.meetings} in the read models and the live stream's log. */
@ApplicationScoped
public class MeetingsConsumer {

    private final EventConsumer consumer;
    private final MeetingProjection meetings;
    private final ItemProjection items;
    private final StreamCorrections corrections;

    public MeetingsConsumer(Consumers consumers, ReadModelGate gate, StreamLog stream, MeetingProjection meetings,
            ItemProjection items, StreamCorrections corrections,
            DeadLetterDesk deadLetters) {
        this.meetings = meetings;
        this.items = items;
        this.corrections = corrections;
        this.consumer = consumers.of(Topics.MEETINGS)
                .onBatch(MEETING_RECORDED, MeetingRecorded.class, meetings::applyRecorded)
                .onBatch(ITEM_RECORDED, ItemRecorded.class, this::recordItems)
                .onBatch(RESOLUTION_RECORDED, ResolutionRecorded.class, items::applyResolutions)
                // An item's resolutions_text is computed from the resolution rows, whichever arrives first: the
                // resolutions of a batch are written before its items, so that each new item's search vector is
                // computed once, as the item is written, instead of once more for its resolutions.
                .together(RESOLUTION_RECORDED, ITEM_RECORDED)
                .withEnvelope(MEETING_SUPERSEDED, MeetingSuperseded.class, this::withdraw)
                .withEnvelope(MEETING_PUBLISHED, MeetingStatusChanged.class,
                        (e, change) -> meetings.statusChanged(change, e.time()))
                .withEnvelope(MINUTES_APPROVED, MeetingStatusChanged.class,
                        (e, change) -> meetings.statusChanged(change, e.time()))
                // Last, so that the redaction sees this event's own effect (an item's restricted flag).
                .afterEach(event -> stream.append(StreamLog.MEETINGS, event))
                // Admitted last, so that a replica's rebuild turns the batch away only once it is ready to commit.
                .afterBatch(() -> {
                    gate.admit();
                    stream.writeAppended();
                })
                .around(gate::shared)
                .build();
        deadLetters.register("minutes-meetings", consumer);
    }

    @Incoming("minutes-meetings")
    @Blocking
    public CompletionStage<Void> consume(KafkaRecordBatch<String, String> batch) {
        return consumer.consume(batch);
    }

    /** One event in a transaction of its own, as a rebuild replays the topic. */
    public void replay(String value) {
        consumer.replay(value);
    }

    /** The stream log's history follows a correction as search's read models do. */
    private void withdraw(CloudEvent event, MeetingSuperseded superseded) {
        meetings.withdraw(superseded, event.time());
        corrections.superseded(event.id().toString(), superseded.meetingId());
    }

    private void recordItems(List<Delivered<ItemRecorded>> recorded) {
        items.applyItems(recorded);
        for (Delivered<ItemRecorded> d : recorded) {
            ItemRecorded item = d.data();
            if (item.restricted()) {
                corrections.restricted(d.event().id().toString(), item.meetingId(), item.itemId(), item.actionIds());
            }
        }
    }
}
