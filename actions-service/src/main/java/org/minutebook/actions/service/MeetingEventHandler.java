package org.minutebook.actions.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;
import org.minutebook.actions.messaging.CloudEvent;
import org.minutebook.actions.messaging.MeetingEvents;
import org.minutebook.actions.messaging.ProcessedEvents;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Applies one minutes.meetings event exactly once: the processed mark and the effect share a transaction. */
@ApplicationScoped
public class MeetingEventHandler {

    private static final Logger LOG = Logger.getLogger(MeetingEventHandler.class);

    private final ProcessedEvents processed;
    private final MeetingRecorder meetings;
    private final ActionTracker tracker;
    private final ObjectMapper mapper;
    private final EntityManager em;

    public MeetingEventHandler(ProcessedEvents processed, MeetingRecorder meetings, ActionTracker tracker,
            ObjectMapper mapper, EntityManager em) {
        this.em = em;
        this.processed = processed;
        this.meetings = meetings;
        this.tracker = tracker;
        this.mapper = mapper;
    }

    /**
     * A polled batch, in one transaction: all applied or none. Each event's changes are flushed and the persistence
     * context cleared before the next, or every query would dirty-check all the batch's entities again.
     */
    @Transactional
    public void handleAll(List<CloudEvent> events) {
        for (CloudEvent event : events) {
            handle(event);
            em.flush();
            em.clear();
        }
    }

    @Transactional
    public void handle(CloudEvent event) {
        if (!processed.markProcessed(event.id(), event.type())) {
            LOG.debugf("Event %s (%s) already processed, skipped", event.id(), event.type());
            return;
        }
        switch (event.type()) {
            case MeetingEvents.MEETING_RECORDED -> meetings.record(data(event, MeetingEvents.MeetingRecorded.class));
            case MeetingEvents.ITEM_RECORDED -> tracker.recordItem(data(event, MeetingEvents.ItemRecorded.class));
            case MeetingEvents.MEETING_SUPERSEDED ->
                tracker.withdrawMeeting(data(event, MeetingEvents.MeetingSuperseded.class).meetingId());
            case MeetingEvents.MEETING_PUBLISHED, MeetingEvents.MINUTES_APPROVED ->
                meetings.statusChanged(data(event, MeetingEvents.StatusChanged.class));
            // Resolutions carry nothing to follow up yet. Marked, so never read again.
            case MeetingEvents.RESOLUTION_RECORDED ->
                LOG.debugf("Event %s of type %s ignored", event.id(), event.type());
            // Thrown before anything is kept, the processed mark included: the message goes to the dead-letter topic.
            default -> throw new IllegalArgumentException("Unknown event type " + event.type() + " of event "
                    + event.id());
        }
    }

    private <T> T data(CloudEvent event, Class<T> type) {
        if (event.data() == null || event.data().isNull()) {
            throw new IllegalArgumentException("Event " + event.id() + " has no data");
        }
        try {
            return mapper.treeToValue(event.data(), type);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(
                    "Event " + event.id() + " has unreadable data: " + e.getOriginalMessage(),
                    e);
        }
    }
}
