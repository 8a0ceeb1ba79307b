package org.minutebook.messaging.consumer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
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
 * read as an envelope, its type must have a handler (or the record is dead-lettered, before anything is kept), the
 * batch's ids are recorded in the inbox in one statement (a duplicate is skipped), and the handlers apply the rest in
 * the steps of a {@link BatchPlan}: a set-based type's events together ({@link BatchHandler}), the others one by one.
 * Each event has a span that continues the trace of the record's {@code traceparent} header ({@link EventSpans}). A
 * service's {@code @Incoming} method hands its batch to {@link #consume}.
 */
public final class EventConsumer {

    private static final Logger LOG = Logger.getLogger(EventConsumer.class);

    private final String topic;
    private final Envelopes envelopes;
    private final Inbox inbox;
    private final ConsumerGuard guard;
    private final TraceContexts traces;
    private final EventSpans spans;
    private final Map<String, TypeHandler> handlers;
    private final Map<String, List<String>> together;
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
        this.together = Map.copyOf(b.together);
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
            List<Received> received = records.stream().map(this::read).toList();
            // One statement records the batch in the inbox; what it had seen already is skipped, as is a second
            // copy of one event within the batch.
            Set<UUID> fresh = new HashSet<>(inbox.markProcessed(received.stream().map(Received::event).toList()));
            List<Received> toApply = new ArrayList<>(received.size());
            for (Received r : received) {
                if (!fresh.remove(r.event().id())) {
                    LOG.debugf("Event %s (%s) already processed, skipped", r.event().id(), r.event().type());
                } else if (handlers.get(r.event().type()) instanceof TypeHandler.Ignored) {
                    // In the inbox now, and nothing else to do: no step of its own to break a set-based one.
                    spans.apply(topic, r.event(), r.producer(),
                            () -> LOG.debugf("Ignored event %s (%s)", r.event().id(), r.event().type()));
                } else {
                    toApply.add(r);
                }
            }
            for (BatchPlan.Segment<Received> segment : BatchPlan.of(toApply, r -> r.event().type(),
                    r -> r.event().subject(), type -> handlers.get(type) instanceof TypeHandler.AsSet, together)) {
                apply(segment);
            }
            afterBatch.run();
        }));
    }

    /** The record as an envelope whose type has a handler; anything else fails the batch, then only itself. */
    private Received read(Message<String> record) {
        CloudEvent event = envelopes.read(record.getPayload());
        if (!handlers.containsKey(event.type())) {
            throw new IllegalArgumentException("Unknown event type " + event.type() + " of event " + event.id());
        }
        Context producer = record.getMetadata(IncomingKafkaRecordMetadata.class)
                .map(m -> traces.fromHeaders(m.getHeaders())).orElse(Context.root());
        return new Received(event, producer);
    }

    private void apply(BatchPlan.Segment<Received> segment) {
        List<BatchPlan.Step<Received>> steps = segment.steps();
        if (steps.size() == 1 && handlers.get(steps.get(0).type()) instanceof TypeHandler.OneByOne one) {
            Received r = steps.get(0).events().get(0);
            spans.apply(topic, r.event(), r.producer(), () -> {
                one.handler().accept(r.event());
                afterEach.accept(r.event());
                LOG.debugf("Applied event %s (%s)", r.event().id(), r.event().type());
            });
            return;
        }
        for (BatchPlan.Step<Received> step : steps) {
            applySet((TypeHandler.AsSet<?>) handlers.get(step.type()), step.events());
        }
        // Each event's span still continues its producer's trace, for what follows it and the log.
        segment.events().forEach(r -> spans.apply(topic, r.event(), r.producer(), () -> {
            afterEach.accept(r.event());
            LOG.debugf("Applied event %s (%s), one of %d together", r.event().id(), r.event().type(),
                    segment.events().size());
        }));
    }

    private <T> void applySet(TypeHandler.AsSet<T> set, List<Received> step) {
        List<Delivered<T>> delivered = step.stream()
                .map(r -> new Delivered<>(r.event(), envelopes.data(r.event(), set.data()),
                        work -> spans.apply(topic, r.event(), r.producer(), work)))
                .toList();
        set.handler().apply(delivered);
    }

    private record Received(CloudEvent event, Context producer) {
    }
}
