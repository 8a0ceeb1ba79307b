package org.minutebook.search.service.webhook;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** README "Webhooks": the retry schedule, the disabling threshold, the timeouts and the lease. */
@ConfigMapping(prefix = "minutebook.webhooks")
public interface WebhookSettings {

    Retry retry();

    /** Consecutive failed attempts after which a subscription is disabled until a clerk enables it again. */
    @WithDefault("12")
    int disableAfter();

    @WithDefault("PT5S")
    Duration connectTimeout();

    /** For the whole response, from the request sent. */
    @WithDefault("PT10S")
    Duration readTimeout();

    /** How often due retries are looked for; new events wake the deliveries at once. */
    @WithDefault("PT1S")
    Duration poll();

    /** How long one replica holds a subscription; renewed before each attempt, so above both timeouts. */
    @WithDefault("PT60S")
    Duration lease();

    /** Subscriptions this replica delivers at the same time. */
    @WithDefault("4")
    int threads();

    interface Retry {
        @WithDefault("PT5S")
        Duration base();

        @WithDefault("PT1H")
        Duration cap();
    }

    default Backoff backoff() {
        return new Backoff(retry().base(), retry().cap());
    }
}
