package org.minutebook.search.messaging;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** Data of {@code minutes.meeting.superseded}: the meeting's corrected record follows. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MeetingSuperseded(UUID meetingId) {

    public MeetingSuperseded {
        Objects.requireNonNull(meetingId, "meetingId");
    }
}
