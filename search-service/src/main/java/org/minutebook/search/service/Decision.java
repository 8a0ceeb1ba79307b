package org.minutebook.search.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A resolution with its item and meeting; {@code text} is null when the item is restricted. */
public record Decision(UUID id, int position, String outcome, String text, boolean restricted, UUID itemId,
        String itemNumber, String itemTitle, UUID meetingId, String committee, LocalDate date, Instant modifiedAt) {
}
