package org.minutebook.search.messaging;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** Data of {@code minutes.meeting.recorded}: the fields search keeps. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MeetingRecorded(UUID meetingId, String committee, LocalDate date, LocalTime startTime, String location,
        String status, Attendance attendance) {

    public MeetingRecorded {
        Objects.requireNonNull(meetingId, "meetingId");
        Objects.requireNonNull(committee, "committee");
        Objects.requireNonNull(date, "date");
        attendance = attendance == null ? new Attendance(null, null, null, null) : attendance;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Attendance(List<Person> present, List<Person> officers, List<Person> inAttendance,
            List<Person> apologies) {

        public Attendance {
            present = present == null ? List.of() : present;
            officers = officers == null ? List.of() : officers;
            inAttendance = inAttendance == null ? List.of() : inAttendance;
            apologies = apologies == null ? List.of() : apologies;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Person(String name, String honorific, String organisation, String role) {
    }
}
