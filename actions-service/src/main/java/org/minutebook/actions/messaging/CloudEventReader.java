package org.minutebook.actions.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A record's value as a CloudEvent; what is not one is refused with the reason its dead-letter header will give. */
@ApplicationScoped
public class CloudEventReader {

    private final ObjectMapper mapper;

    public CloudEventReader(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public CloudEvent read(String value) {
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
