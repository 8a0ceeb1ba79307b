package org.minutebook.search.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonFormat;

/** The meeting as search knows it: counts are of the items and resolutions that have reached the read model. */
public record MeetingView(UUID id, String committee, LocalDate date,
        @JsonFormat(pattern = "HH:mm") LocalTime startTime, String location, String status, long itemCount,
        long resolutionCount, Instant modifiedAt) {
}
