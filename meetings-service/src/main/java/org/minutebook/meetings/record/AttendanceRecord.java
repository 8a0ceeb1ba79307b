package org.minutebook.meetings.record;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record AttendanceRecord(
        @Size(max = 200) List<@NotNull @Valid PersonRecord> present,
        @Size(max = 200) List<@NotNull @Valid PersonRecord> officers,
        @Size(max = 200) List<@NotNull @Valid PersonRecord> inAttendance,
        @Size(max = 200) List<@NotNull @Valid PersonRecord> apologies) {

    public static final AttendanceRecord EMPTY = new AttendanceRecord(List.of(), List.of(), List.of(), List.of());

    public AttendanceRecord {
        present = present == null ? List.of() : List.copyOf(present);
        officers = officers == null ? List.of() : List.copyOf(officers);
        inAttendance = inAttendance == null ? List.of() : List.copyOf(inAttendance);
        apologies = apologies == null ? List.of() : List.copyOf(apologies);
    }
}
