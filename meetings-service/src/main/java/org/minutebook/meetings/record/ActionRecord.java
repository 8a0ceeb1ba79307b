package org.minutebook.meetings.record;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.minutebook.shared.validation.CalendarDate;

/**
 * What the minutes give someone to do: an ACTION-column entry ("JL/ SJ", "ALL to Note") or a sentence that sets a
 * follow-up. {@code owners} are as written; {@code assignees} are the attendees those initials resolve to.
 */
public record ActionRecord(
        @Size(max = 5_000) String description,
        @Size(max = 20) List<@NotBlank @Size(max = 200) String> owners,
        @Size(max = 20) List<@NotNull @Valid AssigneeRecord> assignees,
        @CalendarDate LocalDate dueDate,
        Source source) {

    public enum Source {
        ACTION_COLUMN, TEXT
    }

    public ActionRecord {
        owners = owners == null ? List.of() : List.copyOf(owners);
        assignees = assignees == null ? List.of() : List.copyOf(assignees);
        source = source == null ? Source.ACTION_COLUMN : source;
    }
}
