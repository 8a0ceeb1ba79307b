package org.minutebook.search.service;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** An event's time as a timestamptz parameter; an event without one (the attribute is optional) counts as now. */
final class EventTimes {

    private EventTimes() {
    }

    static OffsetDateTime of(Instant time) {
        return (time == null ? Instant.now() : time).atOffset(ZoneOffset.UTC);
    }
}
