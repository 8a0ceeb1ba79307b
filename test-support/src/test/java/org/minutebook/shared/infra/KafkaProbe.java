package org.minutebook.shared.infra;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.AuthenticationException;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Tries one write or one read as some client and says how it went, instead of throwing. */
final class KafkaProbe {

    static final String ALLOWED = "allowed";
    static final String NOT_AUTHORISED = "not authorised";
    static final String NOT_AUTHENTICATED = "not authenticated";

    private static final Duration WAIT = Duration.ofSeconds(10);

    private final String bootstrapServers;

    KafkaProbe(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    /** As the services' producers are: acks=all and idempotent. */
    String write(Map<String, Object> client, String topic) {
        try {
            sendAs(client, new ProducerRecord<>(topic, "probe", "{}"));
            return ALLOWED;
        } catch (RuntimeException e) {
            return outcome(e);
        }
    }

    void sendAs(Map<String, Object> client, ProducerRecord<String, String> record) {
        Map<String, Object> config = config(client);
        config.put("acks", "all");
        config.put("enable.idempotence", "true");
        config.put("max.block.ms", (int) WAIT.toMillis());
        config.put("delivery.timeout.ms", (int) WAIT.toMillis());
        config.put("request.timeout.ms", 5_000);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config, new StringSerializer(),
                new StringSerializer())) {
            producer.send(record).get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new org.apache.kafka.common.errors.TimeoutException(e);
        }
    }

    /** Reads at least one record in consumer group {@code group} and commits its offsets, as the services do. */
    String read(Map<String, Object> client, String topic, String group) {
        Map<String, Object> config = config(client);
        config.put("group.id", group);
        config.put("enable.auto.commit", "false");
        config.put("auto.offset.reset", "earliest");
        config.put("default.api.timeout.ms", (int) WAIT.toMillis());
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, WAIT).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (System.nanoTime() < deadline) {
                ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(500));
                if (!records.isEmpty()) {
                    consumer.commitSync(WAIT);
                    return ALLOWED;
                }
            }
            return "read nothing";
        } catch (RuntimeException e) {
            return outcome(e);
        }
    }

    /** Reads at least one record from the first offset in no group, committing nothing, as a dead-letter listing does. */
    String readOutsideAnyGroup(Map<String, Object> client, String topic) {
        Map<String, Object> config = config(client);
        config.put("enable.auto.commit", "false");
        config.put("default.api.timeout.ms", (int) WAIT.toMillis());
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, WAIT).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (System.nanoTime() < deadline) {
                if (!consumer.poll(Duration.ofMillis(500)).isEmpty()) {
                    return ALLOWED;
                }
            }
            return "read nothing";
        } catch (RuntimeException e) {
            return outcome(e);
        }
    }

    private Map<String, Object> config(Map<String, Object> client) {
        Map<String, Object> config = new HashMap<>(client);
        config.put("bootstrap.servers", bootstrapServers);
        return config;
    }

    private static String outcome(RuntimeException e) {
        if (e instanceof AuthorizationException) {
            return NOT_AUTHORISED;
        }
        if (e instanceof AuthenticationException) {
            return NOT_AUTHENTICATED;
        }
        return e.getClass().getSimpleName() + ": " + e.getMessage();
    }
}
