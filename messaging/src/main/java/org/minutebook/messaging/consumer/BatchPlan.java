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
 * The order in which a polled batch is applied: segments of steps of one type each, every step of a set-based type
 * holding as many of the batch's events of that type as order allows. Kafka keeps order per key (the subject) only,
 * and so does this plan: within a segment the steps run in the order their types first appear, and an event joins
 * its type's step only if no earlier event of its subject sits in a later step; otherwise a new segment starts. An
 * event of a type handled one by one is a segment of its own, in its place: nothing moves across it.
 * <p>
 * Types a consumer declares {@linkplain ConsumerBuilder#together together} commute: their effects do not depend on
 * which of them comes first (search's item and resolution rows, each recomputing the item's text from the rows).
 * They count as one type for the order above, so that an item, its resolutions and the next item stay in one
 * segment, and their steps run in the order the declaration gives. What runs after each event runs once the segment
 * is applied, in the events' own order ({@link Segment#events}).
 */
final class BatchPlan {

    record Step<E>(String type, List<E> events) {
    }

    record Segment<E>(List<Step<E>> steps, List<E> events) {
    }

    private BatchPlan() {
    }

    /** As {@link #of(List, Function, Function, Predicate, Map)} with no types together. */
    static <E> List<Segment<E>> of(List<E> events, Function<E, String> type, Function<E, String> subject,
            Predicate<String> setBased) {
        return of(events, type, subject, setBased, Map.of());
    }

    /** @param together each type of a group to the group, in the order its steps run */
    static <E> List<Segment<E>> of(List<E> events, Function<E, String> type, Function<E, String> subject,
            Predicate<String> setBased, Map<String, List<String>> together) {
        Planner<E> planner = new Planner<>(together);
        for (E event : events) {
            String kind = type.apply(event);
            if (setBased.test(kind)) {
                planner.add(event, kind, Objects.requireNonNullElse(subject.apply(event), ""));
            } else {
                planner.flush();
                planner.segments.add(new Segment<>(List.of(new Step<>(kind, List.of(event))), List.of(event)));
            }
        }
        planner.flush();
        return planner.segments;
    }

    private static final class Planner<E> {

        final List<Segment<E>> segments = new ArrayList<>();
        private final Map<String, List<String>> together;
        // A class is a type, or a group of types together, named by its first type.
        private final Map<String, Map<String, List<E>>> classes = new LinkedHashMap<>();
        private final List<String> ranks = new ArrayList<>();
        private final Map<String, Integer> lastRank = new HashMap<>();
        private final List<E> order = new ArrayList<>();

        Planner(Map<String, List<String>> together) {
            this.together = together;
        }

        void add(E event, String kind, String key) {
            String cls = classOf(kind);
            int rank = ranks.indexOf(cls);
            if (rank < 0) {
                rank = ranks.size();
            }
            if (lastRank.getOrDefault(key, -1) > rank) {
                // An earlier event of this subject is in a later step: this one would overtake it.
                flush();
                rank = 0;
            }
            if (rank == ranks.size()) {
                ranks.add(cls);
            }
            classes.computeIfAbsent(cls, c -> new LinkedHashMap<>()).computeIfAbsent(kind, k -> new ArrayList<>())
                    .add(event);
            lastRank.put(key, rank);
            order.add(event);
        }

        void flush() {
            if (order.isEmpty()) {
                return;
            }
            List<Step<E>> steps = new ArrayList<>();
            for (String cls : ranks) {
                Map<String, List<E>> byType = classes.get(cls);
                for (String kind : together.getOrDefault(cls, List.of(cls))) {
                    List<E> step = byType.get(kind);
                    if (step != null) {
                        steps.add(new Step<>(kind, List.copyOf(step)));
                    }
                }
            }
            segments.add(new Segment<>(List.copyOf(steps), List.copyOf(order)));
            classes.clear();
            ranks.clear();
            lastRank.clear();
            order.clear();
        }

        private String classOf(String kind) {
            List<String> group = together.get(kind);
            return group == null ? kind : group.get(0);
        }
    }
}
