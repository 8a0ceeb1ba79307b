package org.minutebook.messaging.consumer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The order in which a polled batch is applied: steps of one type each, every step of a set-based type holding as
 * many of the batch's events of that type as order allows. Kafka keeps order per key (the subject) only, and so does
 * this plan: within a segment the steps run in the order their types first appear, and an event joins its type's
 * step only if no earlier event of its subject sits in a later step; otherwise a new segment starts. An event of a
 * type handled one by one is a step of its own, in its place: nothing moves across it.
 */
final class BatchPlan {

    record Step<E>(String type, List<E> events) {
    }

    private BatchPlan() {
    }

    static <E> List<Step<E>> of(List<E> events, Function<E, String> type, Function<E, String> subject,
            Predicate<String> setBased) {
        List<Step<E>> steps = new ArrayList<>();
        Map<String, List<E>> segment = new LinkedHashMap<>();
        List<String> ranks = new ArrayList<>();
        Map<String, Integer> lastRank = new HashMap<>();
        for (E event : events) {
            String kind = type.apply(event);
            if (!setBased.test(kind)) {
                flush(segment, ranks, lastRank, steps);
                steps.add(new Step<>(kind, List.of(event)));
                continue;
            }
            String key = Objects.requireNonNullElse(subject.apply(event), "");
            int rank = ranks.indexOf(kind);
            if (rank < 0) {
                rank = ranks.size();
            }
            if (lastRank.getOrDefault(key, -1) > rank) {
                // An earlier event of this subject is in a later step: this one would overtake it.
                flush(segment, ranks, lastRank, steps);
                rank = 0;
            }
            if (rank == ranks.size()) {
                ranks.add(kind);
            }
            segment.computeIfAbsent(kind, k -> new ArrayList<>()).add(event);
            lastRank.put(key, rank);
        }
        flush(segment, ranks, lastRank, steps);
        return steps;
    }

    private static <E> void flush(Map<String, List<E>> segment, List<String> ranks, Map<String, Integer> lastRank,
            List<Step<E>> steps) {
        segment.forEach((kind, events) -> steps.add(new Step<>(kind, List.copyOf(events))));
        segment.clear();
        ranks.clear();
        lastRank.clear();
    }
}
