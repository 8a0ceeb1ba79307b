package org.minutebook.messaging.outbox;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "minutebook.outbox")
public interface OutboxSettings {

    /**
     * Whether this service publishes: read at build time ({@code @IfBuildProperty}), so a service that only consumes
     * has no outbox, relay or outgoing channel at all.
     */
    @WithDefault("false")
    boolean enabled();

    /** Rows read and sent per round; a full batch makes the relay go round again at once. */
    @WithDefault("500")
    int batchSize();

    /** How often the relay looks for rows a failed or interrupted round left behind; commits wake it at once. */
    @WithDefault("1s")
    Duration pollInterval();

    /**
     * How long a round waits for the broker's acknowledgements. Longer than the producer's {@code delivery.timeout.ms}
     * (30 s), so that a round normally ends in acks or nacks, not in this.
     */
    @WithDefault("45s")
    Duration ackTimeout();
}
