package org.minutebook.meetings.messaging;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Appends events to the outbox inside the caller's transaction; the relay publishes them after commit. */
@ApplicationScoped
public class Outbox {

    /** Fired inside the transaction; the relay observes it after a successful commit. */
    public record Appended(int count) {
    }

    private final ObjectMapper mapper;
    private final EntityManager em;
    private final Event<Appended> appended;

    public Outbox(ObjectMapper mapper, EntityManager em, Event<Appended> appended) {
        this.mapper = mapper;
        this.em = em;
        this.appended = appended;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void append(UUID aggregateId, List<CloudEvent> events) {
        for (CloudEvent event : events) {
            OutboxEvent row = new OutboxEvent();
            row.eventId = event.id();
            row.aggregateId = aggregateId;
            row.type = event.type();
            row.payload = toJson(event);
            row.createdAt = event.time();
            em.persist(row);
        }
        appended.fire(new Appended(events.size()));
    }

    private String toJson(CloudEvent event) {
        try {
            return mapper.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Event " + event.type() + " cannot be serialised", e);
        }
    }
}
