package org.minutebook.search.messaging;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** Data of {@code minutes.item.recorded}: the fields search keeps (actions arrive on minutes.actions). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ItemRecorded(UUID meetingId, String committee, LocalDate date, UUID itemId, int position,
        String number, String title, boolean restricted, String text) {

    public static final String TYPE = "minutes.item.recorded";

    public ItemRecorded {
        Objects.requireNonNull(meetingId, "meetingId");
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(committee, "committee");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(title, "title");
    }
}
