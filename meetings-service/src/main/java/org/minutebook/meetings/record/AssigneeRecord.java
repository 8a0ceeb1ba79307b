package org.minutebook.meetings.record;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record AssigneeRecord(@Size(max = 20) String initials, @NotBlank @Size(max = 200) String name) {
}
