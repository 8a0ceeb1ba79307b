package org.minutebook.actions.messaging;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "minutebook.outbox")
public interface OutboxConfig {

    /** Interval of the relay's poll, as {@code @Scheduled(every)} reads it; the scheduler's minimum is 1s. */
    @WithDefault("1s")
    String poll();

    /** Rows published per transaction; a full batch makes the relay go round again at once. */
    @WithDefault("100")
    int batchSize();
}
