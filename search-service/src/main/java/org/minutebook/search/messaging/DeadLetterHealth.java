package org.minutebook.search.messaging;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.minutebook.messaging.Topics;
import org.minutebook.shared.health.BrokerAdmin;

/**
 * How many records wait on each dead-letter topic, in the readiness report. It stays UP: a parked message is for an
 * operator to look at (the reason is in its {@code dead-letter-reason} header), not a reason to stop serving reads.
 */
@Readiness
@ApplicationScoped
public class DeadLetterHealth implements HealthCheck {

    private final BrokerAdmin admin;

    public DeadLetterHealth(BrokerAdmin admin) {
        this.admin = admin;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("dead-letter topics").up();
        try {
            Admin client = admin.client();
            List<TopicPartition> partitions = client.describeTopics(Topics.DEAD_LETTERS).allTopicNames()
                    .get(BrokerAdmin.TIMEOUT_MS, TimeUnit.MILLISECONDS)
                    .values().stream()
                    .flatMap(d -> d.partitions().stream().map(p -> new TopicPartition(d.name(), p.partition())))
                    .toList();
            Map<TopicPartition, Long> earliest = offsets(client, partitions, OffsetSpec.earliest());
            Map<TopicPartition, Long> latest = offsets(client, partitions, OffsetSpec.latest());
            Map<String, Long> waiting = partitions.stream().collect(Collectors.groupingBy(TopicPartition::topic,
                    Collectors.summingLong(p -> latest.get(p) - earliest.get(p))));
            waiting.forEach(response::withData);
        } catch (Exception e) {
            // The broker's own readiness check reports an unreachable broker; this one only reports what it saw.
            response.withData("unknown", e.getClass().getSimpleName());
        }
        return response.build();
    }

    private static Map<TopicPartition, Long> offsets(Admin client, List<TopicPartition> partitions, OffsetSpec spec)
            throws Exception {
        return client.listOffsets(partitions.stream().collect(Collectors.toMap(Function.identity(), p -> spec)))
                .all().get(BrokerAdmin.TIMEOUT_MS, TimeUnit.MILLISECONDS).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
    }
}
