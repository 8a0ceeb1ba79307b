package org.minutebook.meetings.record;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A declaration of interest made under an item. */
public record DeclarationRecord(@NotBlank @Size(max = 200) String name, @Size(max = 2_000) String interest) {
}
