package org.minutebook.search.service;

import java.time.LocalDate;
import java.util.UUID;

/** One matching item; {@code snippet} is HTML-safe text whose only tags are {@code <mark>}. */
public record SearchHit(UUID meetingId, String committee, LocalDate date, UUID itemId, String itemNumber,
        String title, boolean restricted, double rank, String snippet) {
}
