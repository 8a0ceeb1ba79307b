package org.minutebook.messaging.consumer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import org.minutebook.messaging.CloudEvent;
import org.minutebook.messaging.Envelopes;
import org.minutebook.messaging.inbox.Inbox;
import org.minutebook.messaging.tracing.EventSpans;
import org.minutebook.messaging.tracing.TraceContexts;

/** One topic's dispatch table (a handler per event type) and what runs around the handlers. */
public final class ConsumerBuilder {

    final String topic;
    final Envelopes envelopes;
    final Inbox inbox;
    final ConsumerGuard guard;
    final TraceContexts traces;
    final EventSpans spans;
    final Map<String, TypeHandler> handlers = new LinkedHashMap<>();
    final Map<String, List<String>> together = new LinkedHashMap<>();
    Consumer<CloudEvent> afterEach = e -> {
    };
    Runnable afterBatch = () -> {
    };
    Consumer<Runnable> around = Runnable::run;

    ConsumerBuilder(String topic, Envelopes envelopes, Inbox inbox, ConsumerGuard guard, TraceContexts traces,
            EventSpans spans) {
        this.topic = topic;
        this.envelopes = envelopes;
        this.inbox = inbox;
        this.guard = guard;
        this.traces = traces;
        this.spans = spans;
    }

    /** Events of {@code type}, their data read as {@code data}. */
    public <T> ConsumerBuilder on(String type, Class<T> data, Consumer<? super T> handler) {
        return onEvent(type, event -> handler.accept(envelopes.data(event, data)));
    }

    /** As {@link #on}, for a handler that wants the envelope too (its id, its type). */
    public <T> ConsumerBuilder withEnvelope(String type, Class<T> data, BiConsumer<CloudEvent, ? super T> handler) {
        return onEvent(type, event -> handler.accept(event, envelopes.data(event, data)));
    }

    /** Events of {@code type}, as envelopes: the handler reads the data itself, if at all. */
    public ConsumerBuilder onEvent(String type, Consumer<CloudEvent> handler) {
        return register(type, new TypeHandler.OneByOne(handler));
    }

    /**
     * Events of {@code type} applied several at a time, their data read as {@code data}: see {@link BatchHandler}
     * for what the handler is given. {@link #afterEach} runs for each of them once the handler has applied the lot.
     */
    public <T> ConsumerBuilder onBatch(String type, Class<T> data, BatchHandler<T> handler) {
        return register(type, new TypeHandler.AsSet<>(data, handler));
    }

    private ConsumerBuilder register(String type, TypeHandler handler) {
        if (handlers.putIfAbsent(type, handler) != null) {
            throw new IllegalStateException("Two handlers for " + type);
        }
        return this;
    }

    /**
     * Known types with nothing to do: recorded in the inbox, never dead-lettered. Having no effect, they stand in no
     * other event's way: a set-based step goes on across them, and nothing runs after them.
     */
    public ConsumerBuilder ignore(String... types) {
        for (String type : types) {
            register(type, new TypeHandler.Ignored());
        }
        return this;
    }

    /**
     * Set-based types whose effects commute, whichever comes first for a subject: one step each in every segment of
     * the batch, run in this order, however their events interleave (see {@link BatchPlan}).
     */
    public ConsumerBuilder together(String... types) {
        List<String> group = List.of(types);
        for (String type : types) {
            if (!(handlers.get(type) instanceof TypeHandler.AsSet) || together.putIfAbsent(type, group) != null) {
                throw new IllegalStateException(type + " is not a set-based type of its own");
            }
        }
        return this;
    }

    /**
     * After each applied (not skipped, not ignored) event, in its transaction and its span: once the steps of its
     * segment of the batch are applied, in the events' order.
     */
    public ConsumerBuilder afterEach(Consumer<CloudEvent> step) {
        this.afterEach = step;
        return this;
    }

    /** Once per batch, last in its transaction. */
    public ConsumerBuilder afterBatch(Runnable step) {
        this.afterBatch = step;
        return this;
    }

    /** Runs each batch's transaction inside {@code wrapper}, for instance under a lock. */
    public ConsumerBuilder around(Consumer<Runnable> wrapper) {
        this.around = wrapper;
        return this;
    }

    public EventConsumer build() {
        return new EventConsumer(this);
    }
}
