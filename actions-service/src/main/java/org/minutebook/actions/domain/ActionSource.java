package org.minutebook.actions.domain;

/** ACTION_COLUMN: written in the minutes' action column; TEXT: inferred from a sentence of the discussion. */
public enum ActionSource {
    ACTION_COLUMN, TEXT
}
