package org.minutebook.messaging.consumer;

import jakarta.enterprise.context.ApplicationScoped;

import org.minutebook.messaging.Envelopes;
import org.minutebook.messaging.inbox.Inbox;

/** Where a service's consumer starts: {@code consumers.of(Topics.MEETINGS).on(…).build()}. */
@ApplicationScoped
public class Consumers {

    private final Envelopes envelopes;
    private final Inbox inbox;
    private final ConsumerGuard guard;

    public Consumers(Envelopes envelopes, Inbox inbox, ConsumerGuard guard) {
        this.envelopes = envelopes;
        this.inbox = inbox;
        this.guard = guard;
    }

    public ConsumerBuilder of(String topic) {
        return new ConsumerBuilder(topic, envelopes, inbox, guard);
    }
}
