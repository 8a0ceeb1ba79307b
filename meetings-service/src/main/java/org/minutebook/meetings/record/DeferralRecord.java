package org.minutebook.meetings.record;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.minutebook.shared.validation.CalendarDate;

/** "This item was deferred until the next meeting"; {@code date} only when {@code until} is DATE. */
public record DeferralRecord(@NotNull Until until, @CalendarDate LocalDate date, @Size(max = 2_000) String note) {

    public enum Until {
        NEXT_MEETING, DATE, UNSPECIFIED
    }
}
