package org.minutebook.shared.infra;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * Creates the topics of the pipeline ({@link org.minutebook.messaging.Topics}) before any service starts. Left to auto-creation, the first publish
 * races the new partitions' leader election, and an idempotent producer can sit on that batch for minutes.
 */
public final class Topics {

    public static final int PARTITIONS = org.minutebook.messaging.Topics.PARTITIONS;
    public static final List<String> ALL = org.minutebook.messaging.Topics.ALL;

    private Topics() {
    }

    /** Creates the missing topics and waits until every partition has a leader. */
    public static void ensure(String bootstrapServers) {
        ensure(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
    }

    /** @param adminClient an admin client's configuration: bootstrap servers, and credentials if the broker wants them */
    public static void ensure(Map<String, Object> adminClient) {
        try (Admin admin = Admin.create(adminClient)) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = ALL.stream().filter(t -> !existing.contains(t))
                    .map(t -> new NewTopic(t, PARTITIONS, (short) 1)).toList();
            if (!missing.isEmpty()) {
                create(admin, missing);
            }
            awaitLeaders(admin);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Could not create the Kafka topics " + ALL, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while creating the Kafka topics", e);
        }
    }

    /**
     * A slow broker may answer a create after the client has retried it, or another process may create the same
     * topic meanwhile: "already exists" is the outcome wanted, not a failure.
     */
    private static void create(Admin admin, List<NewTopic> missing)
            throws InterruptedException, ExecutionException, TimeoutException {
        for (var result : admin.createTopics(missing).values().values()) {
            try {
                result.get(30, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e;
                }
            }
        }
    }

    private static void awaitLeaders(Admin admin) throws InterruptedException, ExecutionException, TimeoutException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            boolean ready = admin.describeTopics(ALL).allTopicNames().get(30, TimeUnit.SECONDS).values().stream()
                    .flatMap(d -> d.partitions().stream()).allMatch(p -> p.leader() != null && !p.leader().isEmpty());
            if (ready) {
                return;
            }
            Thread.sleep(50);
        }
        throw new TimeoutException("Kafka topics have no leader after 30 s");
    }
}
