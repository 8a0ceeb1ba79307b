package org.minutebook.actions.domain;

/** The attendance list a person was recorded in. Apologies are kept but never resolve an action's initials. */
public enum AttendanceKind {
    PRESENT, OFFICER, IN_ATTENDANCE, APOLOGY
}
