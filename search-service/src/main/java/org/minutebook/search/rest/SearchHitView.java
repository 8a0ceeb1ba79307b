package org.minutebook.search.rest;

import java.time.LocalDate;
import java.util.UUID;

public record SearchHitView(UUID meetingId, String committee, LocalDate date, UUID itemId, String itemNumber,
        String title, boolean restricted, double rank, String snippet) {
}
