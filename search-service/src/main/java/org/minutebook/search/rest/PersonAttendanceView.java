package org.minutebook.search.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A person's attendance: counts of meetings by capacity, the rate per year (present at / held by the committees
 * they were listed for that year) and one page of the listings, newest first, of {@code listings} in all.
 */
public record PersonAttendanceView(UUID id, String name, List<String> organisations, long present, long officer,
        long inAttendance, long apologies, List<YearRateView> byYear, long listings, int page, int size,
        List<EntryView> meetings) {

    public record YearRateView(int year, long present, long meetings, double rate) {
    }

    public record EntryView(UUID meetingId, String committee, LocalDate date, String kind, String organisation,
            String role) {
    }
}
