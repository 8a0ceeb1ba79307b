package org.minutebook.meetings.messaging;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "minutebook.outbox")
public interface RelaySettings {

    /** Events read from the outbox and sent per round; each row is marked sent as its acknowledgement arrives. */
    @WithDefault("500")
    int batchSize();

    /** How often the relay looks for events a failed or interrupted batch left behind. */
    @WithDefault("1s")
    java.time.Duration pollInterval();
}
