package org.minutebook.messaging.consumer;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

import org.jboss.logging.Logger;
import org.minutebook.messaging.CloudEvent;
import org.minutebook.messaging.Envelopes;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.minutebook.messaging.inbox.Inbox;
import org.minutebook.messaging.tracing.EventSpans;
import org.minutebook.messaging.tracing.TraceContexts;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.opentelemetry.context.Context;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;

/**
 * The skeleton of every consumer: a polled batch is applied in one transaction through {@link ConsumerGuard} (a
 * failure that will pass is retried in place, one that will not dead-letters only its own record); each record is
 * read as an envelope, its type must have a handler (or the record is dead-lettered, before anything is kept), its id
 * is recorded in the inbox (a duplicate is skipped), and its handler applies it, in a span that continues the trace of
 * the record's {@code traceparent} header ({@link EventSpans}). A service's {@code @Incoming} method hands its batch to
 * {@link #consume}.
 */
public final class EventConsumer {

    private static final Logger LOG = Logger.getLogger(EventConsumer.class);

    private final String topic;
    private final Envelopes envelopes;
    private final Inbox inbox;
    private final ConsumerGuard guard;
    private final TraceContexts traces;
    private final EventSpans spans;
    private final Map<String, Consumer<CloudEvent>> handlers;
    private final Consumer<CloudEvent> afterEach;
    private final Runnable afterBatch;
    private final Consumer<Runnable> around;

    EventConsumer(ConsumerBuilder b) {
        this.topic = b.topic;
        this.envelopes = b.envelopes;
        this.inbox = b.inbox;
        this.guard = b.guard;
        this.traces = b.traces;
        this.spans = b.spans;
        this.handlers = Map.copyOf(b.handlers);
        this.afterEach = b.afterEach;
        this.afterBatch = b.afterBatch;
        this.around = b.around;
    }

    /** Returns once every record is applied or dead-lettered, acknowledging the batch. */
    public CompletionStage<Void> consume(KafkaRecordBatch<String, String> batch) {
        guard.applyBatch("Applying a batch of " + topic + " events", batch.getRecords(), this::applyInTransaction);
        return batch.ack();
    }

    /** One record value in a transaction of its own, as a rebuild replays the topic: a trace of its own. */
    public void replay(String value) {
        guard.apply("Replaying a " + topic + " event", () -> applyInTransaction(List.of(Message.of(value))));
    }

    private void applyInTransaction(List<? extends Message<String>> records) {
        around.accept(() -> QuarkusTransaction.requiringNew().run(() -> {
            records.forEach(this::apply);
            afterBatch.run();
        }));
    }

    private void apply(Message<String> record) {
        CloudEvent event = envelopes.read(record.getPayload());
        Consumer<CloudEvent> handler = handlers.get(event.type());
        if (handler == null) {
            throw new IllegalArgumentException("Unknown event type " + event.type() + " of event " + event.id());
        }
        Context producer = record.getMetadata(IncomingKafkaRecordMetadata.class)
                .map(m -> traces.fromHeaders(m.getHeaders())).orElse(Context.root());
        spans.apply(topic, event, producer, () -> {
            if (!inbox.markProcessed(event)) {
                LOG.debugf("Event %s (%s) already processed, skipped", event.id(), event.type());
                return;
            }
            handler.accept(event);
            afterEach.accept(event);
            LOG.debugf("Applied event %s (%s)", event.id(), event.type());
        });
    }
}
