package org.minutebook.search.service;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads one topic from its first offset up to the end offsets it had when the replay started, with a consumer of its
 * own (no group, nothing committed), so the service's consumer group keeps its place.
 */
final class TopicReplay {

    private static final Duration POLL = Duration.ofMillis(500);

    private TopicReplay() {
    }

    /** @return how many records were handed to {@code apply}. */
    /** @param security how to authenticate to the broker (KafkaClientSecurity), empty for plaintext */
    static long replay(String bootstrapServers, Map<String, Object> security, String topic,
            Consumer<ConsumerRecord<String, String>> apply) {
        Properties config = new Properties();
        config.putAll(security);
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "1000");
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "search-service-rebuild");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long count = 0;
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                for (ConsumerRecord<String, String> record : consumer.poll(POLL)) {
                    TopicPartition partition = new TopicPartition(record.topic(), record.partition());
                    if (record.offset() < end.get(partition)) {
                        apply.accept(record);
                        count++;
                    }
                }
            }
            return count;
        }
    }
}
