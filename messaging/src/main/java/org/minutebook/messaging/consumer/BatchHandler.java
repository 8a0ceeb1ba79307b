package org.minutebook.messaging.consumer;

import java.util.List;

/**
 * Applies several events of one type together, in the consumer's transaction: a few set-based statements for the
 * lot instead of a few for each. The skeleton hands it only events not processed before, in the order they came for
 * each subject (the meeting on minutes.meetings), and only where applying them together gives the result applying
 * them one after the other would ({@link BatchPlan}). Two events in one call may be about the same record: the later
 * one wins, as it would one by one.
 */
@FunctionalInterface
public interface BatchHandler<T> {

    void apply(List<Delivered<T>> events);
}
