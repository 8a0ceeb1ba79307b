package org.minutebook.actions.domain;

/** ACTION_COLUMN: written in the minutes' action column; TEXT: inferred from a sentence of the discussion. */
public enum ActionSource {
    ACTION_COLUMN, TEXT;

    /** Read out of prose rather than written down as an action: worth a second look by the officer. */
    public boolean inferred() {
        return this == TEXT;
    }
}
