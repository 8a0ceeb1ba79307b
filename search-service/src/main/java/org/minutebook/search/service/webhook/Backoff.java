package org.minutebook.search.service.webhook;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Exponential backoff with full jitter: before attempt n+1 after n failures, a uniformly random wait between zero and
 * {@code min(cap, base * 2^(n-1))}, so that receivers coming back are not hit by every sender at once.
 */
public record Backoff(Duration base, Duration cap) {

    public Duration ceiling(int failures) {
        int doublings = Math.min(Math.max(failures - 1, 0), 30);
        long millis = base.toMillis() << doublings;
        return Duration.ofMillis(Math.min(cap.toMillis(), millis < 0 ? Long.MAX_VALUE : millis));
    }

    public Duration delay(int failures) {
        long ceiling = ceiling(failures).toMillis();
        return Duration.ofMillis(ceiling <= 0 ? 0 : ThreadLocalRandom.current().nextLong(ceiling + 1));
    }
}
