package org.minutebook.messaging.tracing;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.context.propagation.TextMapPropagator;

/**
 * The trace context as the configured propagators write it (W3C {@code traceparent}, {@code tracestate} when set):
 * captured from the current span into an outbox row, restored from the row for the relay, read from a consumed
 * record's Kafka headers. The fields are kept as the propagators name them, so a row's context and a record's headers
 * are the same text.
 */
@ApplicationScoped
public class TraceContexts {

    private static final TypeReference<Map<String, String>> FIELDS = new TypeReference<>() {
    };

    private final TextMapPropagator propagator;
    private final ObjectMapper mapper;

    public TraceContexts(OpenTelemetry openTelemetry, ObjectMapper mapper) {
        this.propagator = openTelemetry.getPropagators().getTextMapPropagator();
        this.mapper = mapper;
    }

    /** The current span's context as a JSON object of propagation fields; null outside a valid span. */
    public String capture() {
        if (!Span.current().getSpanContext().isValid()) {
            return null;
        }
        Map<String, String> fields = new LinkedHashMap<>();
        propagator.inject(Context.current(), fields, Map::put);
        try {
            return fields.isEmpty() ? null : mapper.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Trace context cannot be written", e);
        }
    }

    /** What {@link #capture} wrote, as a parent; the root context (a new trace) when there is none or it is unreadable. */
    public Context restore(String captured) {
        if (captured == null || captured.isBlank()) {
            return Context.root();
        }
        try {
            return propagator.extract(Context.root(), mapper.readValue(captured, FIELDS), MAP);
        } catch (JsonProcessingException e) {
            return Context.root();
        }
    }

    /** The producer's context from a record's headers; the root context when it has none. */
    public Context fromHeaders(Headers headers) {
        return headers == null ? Context.root() : propagator.extract(Context.root(), headers, HEADERS);
    }

    private static final TextMapGetter<Map<String, String>> MAP = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Map<String, String> carrier) {
            return carrier.keySet();
        }

        @Override
        public String get(Map<String, String> carrier, String key) {
            return carrier == null ? null : carrier.get(key);
        }
    };

    private static final TextMapGetter<Headers> HEADERS = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Headers carrier) {
            return () -> java.util.Arrays.stream(carrier.toArray()).map(Header::key).iterator();
        }

        @Override
        public String get(Headers carrier, String key) {
            // The last one wins, as it would for a header set twice on the way.
            Header header = carrier == null ? null : carrier.lastHeader(key);
            return header == null || header.value() == null
                    ? null
                    : new String(header.value(), StandardCharsets.UTF_8);
        }
    };
}
