package org.minutebook.actions.service;

import java.time.LocalDate;
import java.time.ZoneId;

/** "Overdue" is judged by the calendar of the councils the minutes come from, not the server's time zone. */
public final class Today {

    private static final ZoneId COUNCIL = ZoneId.of("Europe/London");

    private Today() {
    }

    public static LocalDate date() {
        return LocalDate.now(COUNCIL);
    }
}
