package org.minutebook.messaging.tracing;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.MDC;
import org.minutebook.messaging.CloudEvent;
import org.minutebook.messaging.Topics;

import com.fasterxml.jackson.databind.JsonNode;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;

/**
 * Applies one consumed event inside a span that continues the producer's trace, with the event and its meeting in the
 * log context: what a handler logs, and what it appends to the outbox, carries the trace on.
 */
@ApplicationScoped
public class EventSpans {

    static final String EVENT_ID = "eventId";
    static final String EVENT_TYPE = "eventType";
    static final String MEETING_ID = "meetingId";

    private final Tracer tracer;

    public EventSpans(OpenTelemetry openTelemetry) {
        this.tracer = openTelemetry.getTracer("org.minutebook.messaging");
    }

    public void apply(String topic, CloudEvent event, Context producer, Runnable work) {
        Span span = tracer.spanBuilder("process " + topic).setSpanKind(SpanKind.CONSUMER).setParent(producer)
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.destination.name", topic)
                .setAttribute("messaging.operation.type", "process")
                .setAttribute("messaging.message.id", event.id().toString())
                .setAttribute("cloudevents.event_type", event.type())
                .startSpan();
        String meeting = meetingOf(topic, event);
        MDC.put(EVENT_ID, event.id().toString());
        MDC.put(EVENT_TYPE, event.type());
        if (meeting != null) {
            MDC.put(MEETING_ID, meeting);
        }
        try (Scope scope = span.makeCurrent()) {
            work.run();
        } catch (RuntimeException e) {
            span.recordException(e);
            span.setStatus(StatusCode.ERROR);
            throw e;
        } finally {
            span.end();
            MDC.remove(EVENT_ID);
            MDC.remove(EVENT_TYPE);
            MDC.remove(MEETING_ID);
        }
    }

    /** Events of minutes.meetings have their meeting as subject; the others name it in their data. */
    static String meetingOf(String topic, CloudEvent event) {
        if (Topics.MEETINGS.equals(topic)) {
            return event.subject();
        }
        JsonNode meeting = event.data() == null ? null : event.data().get("meetingId");
        if (meeting != null && meeting.isTextual()) {
            return meeting.asText();
        }
        return null;
    }
}
