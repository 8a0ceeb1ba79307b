package org.minutebook.actions.service;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.minutebook.actions.domain.ActionStatus.CANCELLED;
import static org.minutebook.actions.domain.ActionStatus.DONE;
import static org.minutebook.actions.domain.ActionStatus.IN_PROGRESS;
import static org.minutebook.actions.domain.ActionStatus.OPEN;

import org.junit.jupiter.api.Test;

class ActionStatusTest {

    @Test
    void shouldAllowTheLifecycleForward() {
        assertTrue(OPEN.canBecome(IN_PROGRESS, false));
        assertTrue(OPEN.canBecome(DONE, false));
        assertTrue(IN_PROGRESS.canBecome(DONE, false));
        assertTrue(IN_PROGRESS.canBecome(CANCELLED, false));
        assertTrue(IN_PROGRESS.canBecome(OPEN, false));
    }

    @Test
    void shouldReopenAClosedActionOnlyWhenAskedTo() {
        assertFalse(DONE.canBecome(OPEN, false));
        assertTrue(DONE.canBecome(OPEN, true));
        assertTrue(CANCELLED.canBecome(OPEN, true));
        assertFalse(DONE.canBecome(IN_PROGRESS, true));
        assertFalse(DONE.canBecome(CANCELLED, false));
        assertFalse(CANCELLED.canBecome(DONE, false));
    }
}
