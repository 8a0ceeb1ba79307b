package org.minutebook.shared.infra;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Sends records so that a consumer polls them together, as a test of set-based apply needs: under one key, without
 * waiting between them, the producer puts them in one record batch, which the broker appends as one and the
 * consumer fetches as one.
 */
public final class RecordBatches {

    private static final Map<String, KafkaProducer<String, String>> PRODUCERS = new HashMap<>();

    private RecordBatches() {
    }

    /** Structured CloudEvents (the content-type header), as the services publish them. */
    public static synchronized void sendTogether(String bootstrap, String topic, String key, String... values) {
        KafkaProducer<String, String> producer = PRODUCERS.computeIfAbsent(bootstrap, RecordBatches::producer);
        List<Future<RecordMetadata>> sent = new ArrayList<>();
        for (String value : values) {
            ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, value);
            record.headers().add("content-type", "application/cloudevents+json".getBytes(StandardCharsets.UTF_8));
            sent.add(producer.send(record));
        }
        producer.flush();
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

    private static KafkaProducer<String, String> producer(String bootstrap) {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                // Long enough for every send of a call to join the first one's batch; flush() ends the wait.
                ProducerConfig.LINGER_MS_CONFIG, 1000,
                ProducerConfig.BATCH_SIZE_CONFIG, 1 << 20),
                new StringSerializer(), new StringSerializer());
    }
}
