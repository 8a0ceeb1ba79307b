package org.minutebook.search.service.webhook;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;

/**
 * {@code minutebook_webhook_deliveries_total{outcome}}: delivered, failed (to be retried) and disabled (the failure
 * that disabled its subscription); {@code minutebook_webhook_consecutive_failures{subscription}}, as the replica
 * delivering the subscription last saw it: above zero while it fails, and left at the threshold once disabled.
 */
@ApplicationScoped
public class WebhookMetrics {

    private final MeterRegistry registry;
    private final Map<UUID, AtomicInteger> failing = new ConcurrentHashMap<>();

    public WebhookMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void attempted(UUID subscription, boolean delivered, boolean disabled) {
        String outcome = delivered ? "delivered" : disabled ? "disabled" : "failed";
        registry.counter("minutebook.webhook.deliveries", Tags.of("outcome", outcome)).increment();
        AtomicInteger failures = failing.computeIfAbsent(subscription, id -> registry.gauge(
                "minutebook.webhook.consecutive.failures", Tags.of("subscription", id.toString()),
                new AtomicInteger()));
        if (delivered) {
            failures.set(0);
        } else {
            failures.incrementAndGet();
        }
    }
}
