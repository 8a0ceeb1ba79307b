package org.minutebook.messaging.deadletter;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.common.header.internals.RecordHeader;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;

/**
 * What a consumer nacks a record with: metadata the connector's dead-letter strategy adds to the parked record (the
 * consumer group's header; the topic stays the configured one), and one more on the counter of dead letters by reason.
 * The reason is the failure's class, never its message, so that the counter's series stay few.
 */
@ApplicationScoped
public class DeadLetterMarks {

    static final String COUNTER = "minutebook.dead.letters";

    private final MeterRegistry registry;

    public DeadLetterMarks(MeterRegistry registry) {
        this.registry = registry;
    }

    public Metadata nacking(Message<?> record, Throwable failure) {
        Optional<IncomingKafkaRecordMetadata> incoming = record.getMetadata(IncomingKafkaRecordMetadata.class);
        if (incoming.isEmpty()) {
            return Metadata.empty(); // not from Kafka: nothing is parked
        }
        ChannelSettings channel = ChannelSettings.of(incoming.get().getChannel());
        String group = channel.group();
        Counter.builder(COUNTER).description("Records dead-lettered by this service, by reason")
                .tag("topic", channel.deadLetterTopic())
                .tag("reason", failure.getClass().getName()).register(registry).increment();
        return Metadata.of(OutgoingKafkaRecordMetadata.builder()
                .addHeaders(new RecordHeader(DeadLetterHeaders.CONSUMER_GROUP, group.getBytes(StandardCharsets.UTF_8)))
                .build());
    }
}
