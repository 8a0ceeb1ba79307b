package org.minutebook.search.service;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What search knows of people from the attendance lists of meeting.recorded. */
public final class PersonRecords {

    private PersonRecords() {
    }

    public record PersonSummary(UUID id, String name, long meetingsPresent, long meetingsListed,
            List<String> organisations) {
    }

    /** {@code meetings}: the page'th {@code size} of the person's {@code listings}, newest first. */
    public record Attendance(UUID id, String name, List<String> organisations, long present, long officer,
            long inAttendance, long apologies, List<YearRate> byYear, long listings, int page, int size,
            List<Entry> meetings) {
    }

    /** Present at {@code present} of the {@code meetings} held that year by committees the person is listed for. */
    public record YearRate(int year, long present, long meetings) {
    }

    public record Entry(UUID meetingId, String committee, LocalDate date, String kind, String organisation,
            String role) {
    }
}
