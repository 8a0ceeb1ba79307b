package org.minutebook.messaging.consumer;

import java.util.List;
import java.util.function.Consumer;

import org.minutebook.messaging.CloudEvent;

/**
 * One event handed to a {@link BatchHandler}: its envelope and its data, read as the handler's record, and the span
 * its work runs in ({@link #inSpan}).
 */
public record Delivered<T>(CloudEvent event, T data, Consumer<Runnable> span) {

    public Delivered(CloudEvent event, T data) {
        this(event, data, Runnable::run);
    }

    /**
     * Runs {@code work} in this event's span, which continues its producer's trace: what the work appends to the
     * outbox, or logs, carries the trace on as it would one by one.
     */
    public void inSpan(Runnable work) {
        span.accept(work);
    }

    /** The events' data, in their order: for a handler that needs nothing of the envelopes. */
    public static <T> List<T> data(List<Delivered<T>> events) {
        return events.stream().map(Delivered::data).toList();
    }
}
