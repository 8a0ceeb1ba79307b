package org.minutebook.messaging.consumer;

import jakarta.enterprise.context.ApplicationScoped;

import org.minutebook.messaging.Envelopes;
import org.minutebook.messaging.inbox.Inbox;
import org.minutebook.messaging.tracing.EventSpans;
import org.minutebook.messaging.tracing.TraceContexts;

/** Where a service's consumer starts: {@code consumers.of(Topics.MEETINGS).on(…).build()}. */
@ApplicationScoped
public class Consumers {

    private final Envelopes envelopes;
    private final Inbox inbox;
    private final ConsumerGuard guard;
    private final TraceContexts traces;
    private final EventSpans spans;

    public Consumers(Envelopes envelopes, Inbox inbox, ConsumerGuard guard, TraceContexts traces, EventSpans spans) {
        this.envelopes = envelopes;
        this.inbox = inbox;
        this.guard = guard;
        this.traces = traces;
        this.spans = spans;
    }

    public ConsumerBuilder of(String topic) {
        return new ConsumerBuilder(topic, envelopes, inbox, guard, traces, spans);
    }
}
