package org.minutebook.actions.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A person an officer assigns: the name as it should read; the organisation tells apart two of the same name. */
public record PersonInput(@NotBlank @Size(max = 200) String name, @Size(max = 300) String organisation) {
}
