package org.minutebook.actions.domain;

/**
 * OPEN → IN_PROGRESS → DONE, or CANCELLED from either. A closed action (DONE, CANCELLED) goes back to OPEN only when
 * the officer says it is a reopening, so that a stray "OPEN" from a stale form cannot undo someone's completion.
 */
public enum ActionStatus {
    OPEN, IN_PROGRESS, DONE, CANCELLED;

    public boolean isClosed() {
        return this == DONE || this == CANCELLED;
    }

    public boolean canBecome(ActionStatus to, boolean reopen) {
        if (to == this) {
            return true;
        }
        if (isClosed()) {
            return to == OPEN && reopen;
        }
        // IN_PROGRESS → OPEN: work stopped before it finished; not a closed action, so no reopening needed.
        return true;
    }
}
