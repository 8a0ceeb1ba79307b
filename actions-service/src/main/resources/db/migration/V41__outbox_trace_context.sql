-- The trace the event was appended in (propagation fields as JSON: traceparent, tracestate when set), so that the
-- relay publishes it under that trace. Null for rows written before tracing, and outside any span.
ALTER TABLE outbox_event ADD COLUMN trace_context text;
