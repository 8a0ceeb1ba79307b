package org.minutebook.search.support;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;
import org.minutebook.shared.infra.RecordBatches;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Publishes to the test broker the way the producing services do: structured CloudEvents keyed by subject. */
public final class Broker {

    public static final String MEETINGS = "minutes.meetings";
    public static final String ACTIONS = "minutes.actions";

    private static KafkaProducer<String, String> producer;

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

    /** The records in one record batch, so that they reach the consumer in one poll. */
    public static void sendTogether(String topic, String key, String... values) {
        RecordBatches.sendTogether(bootstrapServers(), topic, key, values);
    }

    public static String bootstrapServers() {
        return ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
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
