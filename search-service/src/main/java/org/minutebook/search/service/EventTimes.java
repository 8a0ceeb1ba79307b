package org.minutebook.search.service;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.minutebook.messaging.consumer.Delivered;

/** An event's time as a timestamptz parameter; an event without one (the attribute is optional) counts as now. */
final class EventTimes {

    private EventTimes() {
    }

    static OffsetDateTime of(Instant time) {
        return (time == null ? Instant.now() : time).atOffset(ZoneOffset.UTC);
    }

    /**
     * A batch's records of one row: the last one's data, which is what stays, and the earliest and newest of their
     * event times, which is what applying them one by one would leave in recorded_at and changed_at.
     */
    record Timed<T>(T data, OffsetDateTime earliest, OffsetDateTime newest) {

        Timed<T> then(Timed<T> later) {
            return new Timed<>(later.data, earliest.isAfter(later.earliest) ? later.earliest : earliest,
                    newest.isBefore(later.newest) ? later.newest : newest);
        }
    }

    /** The batch's records by row id, in the order each row first came. */
    static <T, K> Map<K, Timed<T>> byRow(List<Delivered<T>> delivered, Function<T, K> id) {
        Map<K, Timed<T>> rows = new LinkedHashMap<>();
        for (Delivered<T> d : delivered) {
            OffsetDateTime time = of(d.event().time());
            rows.merge(id.apply(d.data()), new Timed<>(d.data(), time, time), Timed::then);
        }
        return rows;
    }
}
