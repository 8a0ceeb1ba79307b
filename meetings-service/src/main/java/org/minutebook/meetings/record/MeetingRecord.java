package org.minutebook.meetings.record;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.minutebook.shared.validation.CalendarDate;

/**
 * The meeting record every client sees (docs: minutes JSON contract). Taken by {@code POST /api/meetings}, returned
 * by every read, produced by the importer. {@code id} and {@code status} are the service's, ignored on input.
 */
public record MeetingRecord(
        UUID id,
        @NotBlank @Size(max = 200) @ReadableName String committee,
        @NotNull @CalendarDate LocalDate date,
        @Pattern(regexp = "([01]\\d|2[0-3]):[0-5]\\d", message = "must be a 24-hour time such as 09:30") String startTime,
        @Size(max = 300) String location,
        MeetingStatus status,
        @Valid AttendanceRecord attendance,
        @Size(max = 500) List<@NotNull @Valid ItemRecord> items) {

    public MeetingRecord {
        attendance = attendance == null ? AttendanceRecord.EMPTY : attendance;
        items = items == null ? List.of() : List.copyOf(items);
    }

    public MeetingRecord withId(UUID newId, MeetingStatus newStatus) {
        return new MeetingRecord(newId, committee, date, startTime, location, newStatus, attendance, items);
    }
}
