package org.minutebook.shared.health;

import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness asks the broker itself, within a few seconds: DOWN while it cannot be reached, UP again once it answers.
 * (The messaging channels' own checks stay UP while a producer merely retries.) Liveness does not depend on it.
 */
@Readiness
@ApplicationScoped
public class BrokerHealth implements HealthCheck {

    private final BrokerAdmin admin;

    public BrokerHealth(BrokerAdmin admin) {
        this.admin = admin;
    }

    @Override
    public HealthCheckResponse call() {
        try {
            int brokers = admin.client().describeCluster().nodes().get(BrokerAdmin.TIMEOUT_MS, TimeUnit.MILLISECONDS)
                    .size();
            return HealthCheckResponse.named("Kafka broker").status(brokers > 0).withData("brokers", brokers).build();
        } catch (Exception e) {
            return HealthCheckResponse.named("Kafka broker").down()
                    .withData("reason", e.getClass().getSimpleName()).build();
        }
    }
}
