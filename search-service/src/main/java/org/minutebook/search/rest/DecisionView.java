package org.minutebook.search.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A resolution in the register; {@code text} is null for a restricted item, whose title and number still show. */
public record DecisionView(UUID id, int position, String outcome, String text, boolean restricted, UUID itemId,
        String itemNumber, String itemTitle, UUID meetingId, String committee, LocalDate date, Instant modifiedAt) {
}
