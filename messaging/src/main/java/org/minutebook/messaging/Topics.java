package org.minutebook.messaging;

import java.util.List;

/** The topics of the pipeline. Keys: meeting id on {@link #MEETINGS}, action or deferral id on {@link #ACTIONS}. */
public final class Topics {

    public static final String MEETINGS = "minutes.meetings";
    public static final String ACTIONS = "minutes.actions";
    public static final String MEETINGS_DEAD_LETTERS = "minutes.meetings.dlq";
    public static final String ACTIONS_DEAD_LETTERS = "minutes.actions.dlq";

    public static final List<String> DEAD_LETTERS = List.of(MEETINGS_DEAD_LETTERS, ACTIONS_DEAD_LETTERS);
    public static final List<String> ALL = List.of(MEETINGS, ACTIONS, MEETINGS_DEAD_LETTERS, ACTIONS_DEAD_LETTERS);

    /** Partitions each topic is created with: consumers of one group share them. */
    public static final int PARTITIONS = 3;

    private Topics() {
    }
}
