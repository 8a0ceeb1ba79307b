package org.minutebook.search.messaging;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** Data of {@code minutes.meeting.published} and {@code minutes.minutes.approved}: the meeting's new status. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MeetingStatusChanged(UUID meetingId, String status) {
    public static final String APPROVED = "minutes.minutes.approved";

    public MeetingStatusChanged {
        Objects.requireNonNull(meetingId, "meetingId");
        Objects.requireNonNull(status, "status");
    }
}
