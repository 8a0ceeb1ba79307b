package org.minutebook.messaging.consumer;

import java.util.List;

import org.minutebook.messaging.CloudEvent;

/** One event handed to a {@link BatchHandler}: its envelope and its data, read as the handler's record. */
public record Delivered<T>(CloudEvent event, T data) {

    /** The events' data, in their order: for a handler that needs nothing of the envelopes. */
    public static <T> List<T> data(List<Delivered<T>> events) {
        return events.stream().map(Delivered::data).toList();
    }
}
