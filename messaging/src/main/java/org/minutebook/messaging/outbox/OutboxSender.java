package org.minutebook.messaging.outbox;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.jboss.logging.Logger;
import org.minutebook.messaging.CloudEvent;
import org.minutebook.messaging.tracing.TraceContexts;

import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.quarkus.arc.properties.IfBuildProperty;
import io.smallrye.reactive.messaging.TracingMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;

/**
 * Hands outbox rows to the {@value #CHANNEL} channel, which each publishing service points at its topic
 * ({@code mp.messaging.outgoing.outbox.topic}) with {@code acks=all} and the idempotent producer. Each record is sent
 * under the trace its row was appended in: the connector's publish span is a child of it and writes its context into
 * the record's {@code traceparent} (and {@code tracestate}) headers.
 */
@ApplicationScoped
@IfBuildProperty(name = "minutebook.outbox.enabled", stringValue = "true")
public class OutboxSender {

    public static final String CHANNEL = "outbox";
    private static final Logger LOG = Logger.getLogger(OutboxSender.class);
    private static final byte[] CONTENT_TYPE = CloudEvent.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8);

    private final Emitter<String> emitter;
    private final TraceContexts traces;

    public OutboxSender(
            @Channel(CHANNEL) @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 4096) Emitter<String> emitter,
            TraceContexts traces) {
        this.emitter = emitter;
        this.traces = traces;
    }

    /** Completes when the broker has acknowledged the row, exceptionally when it will not. */
    CompletableFuture<Void> send(OutboxRow row) {
        CompletableFuture<Void> acked = new CompletableFuture<>();
        Context appendedIn = traces.restore(row.traceContext());
        Message<String> message = Message.of(row.payload())
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                        .withKey(row.key())
                        .withHeaders(new RecordHeaders().add("content-type", CONTENT_TYPE))
                        .build())
                .addMetadata(TracingMetadata.withCurrent(appendedIn))
                .withAck(() -> {
                    acked.complete(null);
                    return CompletableFuture.completedFuture(null);
                })
                .withNack(failure -> {
                    acked.completeExceptionally(failure);
                    return CompletableFuture.completedFuture(null);
                });
        try (Scope scope = appendedIn.makeCurrent()) {
            LOG.debugf("Relaying event %s (%s)", row.eventId(), row.type());
            emitter.send(message);
        } catch (RuntimeException e) {
            // The buffer is full or the channel is down: the row is sent again by a later round.
            acked.completeExceptionally(e);
        }
        return acked;
    }
}
