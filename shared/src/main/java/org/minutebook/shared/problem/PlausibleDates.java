package org.minutebook.shared.problem;

import java.time.LocalDate;

/**
 * The dates a council's record can hold: from the oldest minute books a council imports to well past any due date.
 * PostgreSQL stores far wider, but "+999999999-12-31" is a typing accident or an attack, never a meeting.
 */
public final class PlausibleDates {

    public static final LocalDate MIN = LocalDate.of(1800, 1, 1);
    public static final LocalDate MAX = LocalDate.of(2199, 12, 31);
    public static final String MESSAGE = "must be a date between 1800-01-01 and 2199-12-31";

    private PlausibleDates() {
    }

    public static boolean contains(LocalDate d) {
        return !d.isBefore(MIN) && !d.isAfter(MAX);
    }
}
