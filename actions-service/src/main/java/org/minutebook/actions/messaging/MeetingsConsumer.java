package org.minutebook.actions.messaging;

import static org.minutebook.messaging.EventTypes.ITEM_RECORDED;
import static org.minutebook.messaging.EventTypes.MEETING_PUBLISHED;
import static org.minutebook.messaging.EventTypes.MEETING_RECORDED;
import static org.minutebook.messaging.EventTypes.MEETING_SUPERSEDED;
import static org.minutebook.messaging.EventTypes.MINUTES_APPROVED;
import static org.minutebook.messaging.EventTypes.RESOLUTION_RECORDED;

import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.minutebook.actions.service.ActionTracker;
import org.minutebook.actions.service.MeetingRecorder;
import org.minutebook.actions.service.RecordedItems;
import org.minutebook.messaging.Topics;
import org.minutebook.messaging.consumer.Consumers;
import org.minutebook.messaging.consumer.EventConsumer;
import org.minutebook.messaging.deadletter.DeadLetterDesk;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;

/**
 * Where minutes.meetings lands: meetings and their attendance, then each item's actions and deferrals. A record that
 * cannot be read or applied goes to the dead-letter topic (see application.properties), everything it wrote rolled
 * back with it.
 */
@ApplicationScoped
public class MeetingsConsumer {

    private final EventConsumer consumer;

    public MeetingsConsumer(Consumers consumers, MeetingRecorder meetings, ActionTracker tracker, RecordedItems items,
            EntityManager em,
            DeadLetterDesk deadLetters) {
        this.consumer = consumers.of(Topics.MEETINGS)
                .on(MEETING_RECORDED, MeetingEvents.MeetingRecorded.class, meetings::record)
                // Items in runs (RecordedItems): a meeting's items follow its meeting.recorded, which, like the
                // other meeting events, is applied on its own in its place, since the items of the meeting read
                // what it leaves (the attendance their initials resolve against, the item count that completes
                // the meeting). Resolutions are ignored, so they do not break a run.
                .onBatch(ITEM_RECORDED, MeetingEvents.ItemRecorded.class, items::record)
                .on(MEETING_SUPERSEDED, MeetingEvents.MeetingSuperseded.class,
                        s -> tracker.withdrawMeeting(s.meetingId()))
                .on(MEETING_PUBLISHED, MeetingEvents.StatusChanged.class, meetings::statusChanged)
                .on(MINUTES_APPROVED, MeetingEvents.StatusChanged.class, meetings::statusChanged)
                // Resolutions carry nothing to follow up yet.
                .ignore(RESOLUTION_RECORDED)
                // Or every query of the batch would dirty-check all its entities again (after a run, once per event
                // of the run: the first does the work).
                .afterEach(event -> {
                    em.flush();
                    em.clear();
                })
                .build();
        deadLetters.register("minutes-meetings", consumer);
    }

    @Incoming("minutes-meetings")
    @Blocking
    public CompletionStage<Void> consume(KafkaRecordBatch<String, String> batch) {
        return consumer.consume(batch);
    }
}
