package org.minutebook.actions.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;

import org.minutebook.shared.contracts.EventContract;
import org.minutebook.shared.infra.RecordBatches;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Plain Kafka clients against the test broker: the tests speak to the service only through topics and HTTP. */
final class KafkaClients implements AutoCloseable {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final String bootstrap = ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
    private final KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
            ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer());

    /** Sends a CloudEvent the way meetings-service does: structured mode, keyed by its subject (the meeting id). */
    void sendEvent(String topic, String cloudEvent) {
        send(topic, json(cloudEvent).get("subject").asText(), cloudEvent);
    }

    void send(String topic, String key, String value) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, value);
        record.headers().add("content-type", "application/cloudevents+json".getBytes(StandardCharsets.UTF_8));
        try {
            producer.send(record).get();
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException("Could not send to " + topic, e);
        }
    }

    /** The events in one record batch under one key, so that the consumer polls them together. */
    void sendTogether(String topic, String key, List<String> cloudEvents) {
        RecordBatches.sendTogether(bootstrap, topic, key, cloudEvents.toArray(String[]::new));
    }

    /** Reads a topic from its start, in a group of its own; call {@link Reader#poll()} until it has what you need. */
    Reader reader(String topic) {
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(),
                new StringDeserializer());
        consumer.subscribe(List.of(topic));
        return new Reader(topic, consumer);
    }

    static JsonNode json(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException("Not JSON: " + text, e);
        }
    }

    @Override
    public void close() {
        producer.close();
    }

    static final class Reader implements AutoCloseable {

        private final String topic;
        private final KafkaConsumer<String, String> consumer;
        private final List<ConsumerRecord<String, String>> received = new ArrayList<>();

        private Reader(String topic, KafkaConsumer<String, String> consumer) {
            this.topic = topic;
            this.consumer = consumer;
        }

        /** @return everything received so far; every event read from minutes.actions is checked against the contract */
        List<ConsumerRecord<String, String>> poll() {
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                if (EventContract.ACTIONS.equals(topic)) {
                    EventContract.load().assertValid(topic, record.value());
                }
                received.add(record);
            }
            return List.copyOf(received);
        }

        List<ConsumerRecord<String, String>> withKey(String key) {
            return received.stream().filter(r -> key.equals(r.key())).toList();
        }

        @Override
        public void close() {
            consumer.close();
        }
    }
}
