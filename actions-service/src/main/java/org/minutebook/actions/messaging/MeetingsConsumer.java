package org.minutebook.actions.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.minutebook.actions.service.MeetingEventHandler;
import org.minutebook.shared.messaging.ConsumerGuard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.common.annotation.Blocking;

/**
 * Reads minutes.meetings. A record that cannot be read or applied throws, is nacked and goes to the dead-letter topic
 * (see application.properties); everything it wrote is rolled back with it.
 */
@ApplicationScoped
public class MeetingsConsumer {

    private final ObjectMapper mapper;
    private final MeetingEventHandler handler;
    private final ConsumerGuard guard;

    public MeetingsConsumer(ObjectMapper mapper, MeetingEventHandler handler, ConsumerGuard guard) {
        this.guard = guard;
        this.mapper = mapper;
        this.handler = handler;
    }

    @Incoming("minutes-meetings")
    @Blocking
    public void consume(String value) throws JsonProcessingException {
        CloudEvent event = mapper.readValue(value, CloudEvent.class);
        if (event.id() == null || event.type() == null) {
            throw new IllegalArgumentException("Not a CloudEvent: id and type are required");
        }
        // A database that is restarting is waited for, not mistaken for a poison message; see ConsumerGuard.
        guard.apply("Applying event " + event.id(), () -> handler.handle(event));
    }
}
