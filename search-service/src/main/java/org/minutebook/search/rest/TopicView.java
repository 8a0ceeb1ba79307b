package org.minutebook.search.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A topic in the list: the title it last went by, how often and between which dates it was on an agenda. */
public record TopicView(UUID id, String title, long occurrences, LocalDate firstDate, LocalDate lastDate,
        Instant modifiedAt) {
}
