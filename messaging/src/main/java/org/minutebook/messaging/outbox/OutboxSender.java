package org.minutebook.messaging.outbox;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.minutebook.messaging.CloudEvent;

import io.quarkus.arc.properties.IfBuildProperty;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;

/**
 * Hands outbox rows to the {@value #CHANNEL} channel, which each publishing service points at its topic
 * ({@code mp.messaging.outgoing.outbox.topic}) with {@code acks=all} and the idempotent producer.
 */
@ApplicationScoped
@IfBuildProperty(name = "minutebook.outbox.enabled", stringValue = "true")
public class OutboxSender {

    public static final String CHANNEL = "outbox";
    private static final byte[] CONTENT_TYPE = CloudEvent.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8);

    private final Emitter<String> emitter;

    public OutboxSender(
            @Channel(CHANNEL) @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 4096) Emitter<String> emitter) {
        this.emitter = emitter;
    }

    /** Completes when the broker has acknowledged the row, exceptionally when it will not. */
    CompletableFuture<Void> send(OutboxRow row) {
        CompletableFuture<Void> acked = new CompletableFuture<>();
        Message<String> message = Message.of(row.payload())
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                        .withKey(row.key())
                        .withHeaders(new RecordHeaders().add("content-type", CONTENT_TYPE))
                        .build())
                .withAck(() -> {
                    acked.complete(null);
                    return CompletableFuture.completedFuture(null);
                })
                .withNack(failure -> {
                    acked.completeExceptionally(failure);
                    return CompletableFuture.completedFuture(null);
                });
        try {
            emitter.send(message);
        } catch (RuntimeException e) {
            // The buffer is full or the channel is down: the row is sent again by a later round.
            acked.completeExceptionally(e);
        }
        return acked;
    }
}
