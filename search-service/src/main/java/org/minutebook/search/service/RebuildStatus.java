package org.minutebook.search.service;

import java.time.Instant;
import java.util.Map;

/**
 * Where the last rebuild stands. {@code replayed}: events applied per topic; {@code skipped}: events the consumers
 * also refuse (they sit on the dead-letter topic), per topic; {@code instance}: the replica that runs or ran it (the
 * figures are that replica's to tell: another replica shows only that it is running).
 */
public record RebuildStatus(State state, Instant startedAt, Instant finishedAt, Map<String, Long> replayed,
        Map<String, Long> skipped, String failure, String instance) {

    public enum State {
        NEVER_RUN, RUNNING, DONE, FAILED
    }

    static RebuildStatus neverRun() {
        return new RebuildStatus(State.NEVER_RUN, null, null, Map.of(), Map.of(), null, null);
    }
}
