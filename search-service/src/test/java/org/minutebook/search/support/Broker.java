package org.minutebook.search.support;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Publishes to the test broker the way the producing services do: structured CloudEvents keyed by subject. */
public final class Broker {

    public static final String MEETINGS = "minutes.meetings";
    public static final String ACTIONS = "minutes.actions";

    private static KafkaProducer<String, String> producer;
    private static KafkaProducer<String, String> batchingProducer;

    private Broker() {
    }

    public static void publish(String topic, ObjectNode... events) {
        for (ObjectNode event : events) {
            send(topic, event.get("subject").asText(), event.toString());
        }
    }

    /**
     * Publishes an event that changes nothing (the approval of a meeting, or the update of an action, that no one has
     * recorded) under the given key, so that it lands after everything published before it with that key; once its
     * id is processed, so are they.
     */
    public static String publishMarker(String topic, String key) {
        ObjectNode marker = new ContractEvents()
                .load(MEETINGS.equals(topic) ? ContractEvents.MINUTES_APPROVED : ContractEvents.ACTION_UPDATED);
        send(topic, key, marker.toString());
        return marker.get("id").asText();
    }

    /** Waits for the broker's acknowledgement, so that a test's events are in the log in the order sent. */
    public static synchronized void send(String topic, String key, String value) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, value);
        record.headers().add("content-type", "application/cloudevents+json".getBytes(StandardCharsets.UTF_8));
        try {
            producer().send(record).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not publish to " + topic, e.getCause());
        }
    }

    /**
     * Sends the records, under one key, without waiting between them: the producer puts them in one record batch,
     * which the broker appends as one and the consumer fetches as one, so they reach the consumer in one poll.
     */
    public static synchronized void sendTogether(String topic, String key, String... values) {
        List<Future<RecordMetadata>> sent = new ArrayList<>();
        for (String value : values) {
            ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, value);
            record.headers().add("content-type", "application/cloudevents+json".getBytes(StandardCharsets.UTF_8));
            sent.add(batchingProducer().send(record));
        }
        batchingProducer().flush();
        for (Future<RecordMetadata> future : sent) {
            try {
                future.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("Could not publish to " + topic, e.getCause());
            }
        }
    }

    public static String bootstrapServers() {
        return ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
    }

    private static KafkaProducer<String, String> batchingProducer() {
        if (batchingProducer == null) {
            batchingProducer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                    ProducerConfig.ACKS_CONFIG, "all",
                    ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                    // Long enough for every send of a call to join the first one's batch; flush() ends the wait.
                    ProducerConfig.LINGER_MS_CONFIG, 1000,
                    ProducerConfig.BATCH_SIZE_CONFIG, 1 << 20),
                    new StringSerializer(), new StringSerializer());
        }
        return batchingProducer;
    }

    private static KafkaProducer<String, String> producer() {
        if (producer == null) {
            producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                    ProducerConfig.ACKS_CONFIG, "all",
                    ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true),
                    new StringSerializer(), new StringSerializer());
        }
        return producer;
    }
}
