package org.minutebook.meetings.record;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** One attendee as the minutes list them; the name is bare, honorific and role kept apart. */
public record PersonRecord(
        @NotBlank @Size(max = 200) String name,
        @Size(max = 40) String honorific,
        @Size(max = 300) String organisation,
        @Size(max = 60) String role) {
}
