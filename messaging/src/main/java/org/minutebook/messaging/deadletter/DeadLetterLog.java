package org.minutebook.messaging.deadletter;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.StringDeserializer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.common.annotation.Identifier;

/**
 * The dead-letter topics as read by a consumer of this service's own: assigned every partition, from the first offset,
 * in no group and committing nothing, so that reading moves no one's place. What was read is kept (dead letters are
 * few) and each call reads on from where the last stopped, dropping what the topic's retention has deleted.
 */
@ApplicationScoped
public class DeadLetterLog {

    private static final Duration POLL = Duration.ofMillis(200);
    private static final int TIMEOUT_MS = 5_000;

    private final Map<String, Object> kafka;
    private final ObjectMapper json;
    private final Map<TopicPartition, TreeMap<Long, Parked>> read = new HashMap<>();
    private KafkaConsumer<String, String> consumer;

    /** @param kafka the connector-wide {@code kafka.*} settings: the brokers and how to sign in, as the channels do */
    public DeadLetterLog(@Identifier("default-kafka-broker") Map<String, Object> kafka, ObjectMapper json) {
        this.kafka = kafka;
        this.json = json;
    }

    /** Every record now on {@code topics}, in topic, partition and offset order. */
    synchronized List<Parked> readAll(Collection<String> topics) {
        KafkaConsumer<String, String> client = client();
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : topics) {
            client.partitionsFor(topic).forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
        }
        List<TopicPartition> fresh = partitions.stream().filter(p -> !read.containsKey(p)).toList();
        client.assign(partitions);
        fresh.forEach(p -> read.put(p, new TreeMap<>()));
        client.seekToBeginning(fresh);
        Map<TopicPartition, Long> first = client.beginningOffsets(partitions);
        Map<TopicPartition, Long> end = client.endOffsets(partitions);
        partitions.forEach(p -> read.get(p).headMap(first.get(p)).clear());
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (partitions.stream().anyMatch(p -> client.position(p) < end.get(p)) && System.nanoTime() < deadline) {
            for (ConsumerRecord<String, String> record : client.poll(POLL)) {
                read.get(new TopicPartition(record.topic(), record.partition())).put(record.offset(), parked(record));
            }
        }
        return partitions.stream().sorted((a, b) -> a.topic().equals(b.topic())
                ? Integer.compare(a.partition(), b.partition())
                : a.topic().compareTo(b.topic())).flatMap(p -> read.get(p).values().stream()).toList();
    }

    private Parked parked(ConsumerRecord<String, String> record) {
        Headers h = record.headers();
        JsonNode envelope = envelope(record.value());
        return new Parked(record.topic(), record.partition(), record.offset(), Instant.ofEpochMilli(record.timestamp()),
                record.key(), record.value(), DeadLetterHeaders.text(h, DeadLetterHeaders.CONSUMER_GROUP),
                DeadLetterHeaders.text(h, DeadLetterHeaders.REASON),
                DeadLetterHeaders.text(h, DeadLetterHeaders.EXCEPTION),
                DeadLetterHeaders.text(h, DeadLetterHeaders.CAUSE),
                DeadLetterHeaders.text(h, DeadLetterHeaders.CAUSE_CLASS),
                DeadLetterHeaders.text(h, DeadLetterHeaders.TOPIC),
                DeadLetterHeaders.number(h, DeadLetterHeaders.PARTITION),
                DeadLetterHeaders.number(h, DeadLetterHeaders.OFFSET),
                text(envelope, "id"), text(envelope, "type"));
    }

    /** A poison record need not be JSON at all: then it has no event id or type to show. */
    private JsonNode envelope(String value) {
        try {
            return value == null ? null : json.readTree(value);
        } catch (Exception e) {
            return null;
        }
    }

    private static String text(JsonNode envelope, String field) {
        JsonNode node = envelope == null ? null : envelope.get(field);
        return node != null && node.isTextual() ? node.asText() : null;
    }

    private KafkaConsumer<String, String> client() {
        if (consumer == null) {
            Map<String, Object> config = new HashMap<>(kafka);
            // No group: nothing to commit, no group to be allowed into.
            config.remove(ConsumerConfig.GROUP_ID_CONFIG);
            config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
            config.put(ConsumerConfig.CLIENT_ID_CONFIG, kafka.getOrDefault("group.id", "minutebook") + "-dead-letters");
            config.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, TIMEOUT_MS);
            config.put(ConsumerConfig.REQUEST_TIMEOUT_MS_CONFIG, TIMEOUT_MS);
            consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer());
        }
        return consumer;
    }

    @PreDestroy
    synchronized void close() {
        if (consumer != null) {
            consumer.close(Duration.ofSeconds(2));
        }
    }
}
