package org.minutebook.messaging.consumer;

import java.util.function.Consumer;

import org.minutebook.messaging.CloudEvent;

/** How the events of one type are applied: one by one, each in its place, several together, or not at all. */
sealed interface TypeHandler {

    record OneByOne(Consumer<CloudEvent> handler) implements TypeHandler {
    }

    record AsSet<T>(Class<T> data, BatchHandler<T> handler) implements TypeHandler {
    }

    record Ignored() implements TypeHandler {
    }
}
