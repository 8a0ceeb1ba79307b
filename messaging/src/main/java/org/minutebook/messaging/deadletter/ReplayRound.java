package org.minutebook.messaging.deadletter;

import java.util.List;

/** What a replay of every open dead letter did: how many were applied (or found applied), and those that failed. */
public record ReplayRound(int replayed, List<Failed> failed) {

    /** A dead letter that failed again, with the failure's message; it stays open. */
    public record Failed(String topic, int partition, long offset, String eventId, String reason) {
    }
}
