package org.minutebook.meetings.messaging;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "minutebook.outbox")
public interface RelaySettings {

    /** Events published per broker round trip; the rows are marked sent together. */
    @WithDefault("500")
    int batchSize();

    /** How often the relay looks for events a failed or interrupted batch left behind. */
    @WithDefault("1s")
    java.time.Duration pollInterval();
}
