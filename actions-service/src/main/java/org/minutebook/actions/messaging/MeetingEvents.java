package org.minutebook.actions.messaging;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The parts of the minutes.meetings events this service reads (the contract is
 * the minutes.meetings channel of {@code asyncapi.yaml}, in shared). Unknown fields are ignored: producers may add them.
 */
public final class MeetingEvents {

    private MeetingEvents() {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    /** {@code status}: DRAFT, PUBLISHED or APPROVED; absent means DRAFT. */
    public record MeetingRecorded(UUID meetingId, String committee, LocalDate date, String status, Integer itemCount,
            Attendance attendance) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    /** minutes.meeting.published and minutes.minutes.approved: the meeting's new status. */
    public record StatusChanged(UUID meetingId, String status) {
    }

    public record MeetingSuperseded(UUID meetingId) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Attendance(List<Person> present, List<Person> officers, List<Person> inAttendance,
            List<Person> apologies) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Person(String name, String honorific, String organisation, String role) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ItemRecorded(UUID meetingId, String committee, LocalDate date, UUID itemId, int position,
            String number, String title, boolean restricted, List<ActionEntry> actions, DeferralEntry deferral) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ActionEntry(UUID actionId, String description, List<String> owners, List<AssigneeEntry> assignees,
            LocalDate dueDate, String source) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record AssigneeEntry(String initials, String name, String organisation) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record DeferralEntry(String until, LocalDate date, String note) {
    }
}
