package org.minutebook.actions.domain;

public enum ActionStatus {
    OPEN, DONE
}
