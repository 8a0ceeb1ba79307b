package org.minutebook.search.service;

/** One entry of the live stream: {@code id} is the SSE id; {@code payload} is the redacted CloudEvent JSON. */
public record StreamEvent(long id, String topic, String type, String committee, String payload) {
}
