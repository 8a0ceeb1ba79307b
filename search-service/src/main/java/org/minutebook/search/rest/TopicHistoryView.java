package org.minutebook.search.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A topic with every title it went by and a page of its agenda items, newest first, each with its resolutions. */
public record TopicHistoryView(UUID id, String title, long occurrences, LocalDate firstDate, LocalDate lastDate,
        List<String> titles, PageView<OccurrenceView> items) {

    /** {@code resolutions[].text} is null for a restricted item, whose number and title still show. */
    public record OccurrenceView(UUID itemId, UUID meetingId, String committee, LocalDate date, String number,
            String title, boolean restricted, List<ResolutionView> resolutions) {
    }

    public record ResolutionView(UUID id, String outcome, String text) {
    }
}
