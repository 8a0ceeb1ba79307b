package org.minutebook.search.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What the topic history answers with. */
public final class TopicRecords {

    private TopicRecords() {
    }

    /** A topic as listed: the title it last went by and how often, over which dates, it was on an agenda. */
    public record TopicSummary(UUID id, String title, long occurrences, LocalDate firstDate, LocalDate lastDate,
            Instant modifiedAt) {
    }

    /** One agenda item of the topic, with its resolutions; a restricted item's resolutions carry no text. */
    public record Occurrence(UUID itemId, UUID meetingId, String committee, LocalDate date, String number,
            String title, boolean restricted, List<TopicResolution> resolutions) {
    }

    public record TopicResolution(UUID id, String outcome, String text) {
    }

    /** A topic with a page of its occurrences, newest first, and every title it has gone by. */
    public record Topic(TopicSummary summary, List<String> titles, Page<Occurrence> occurrences) {
    }
}
