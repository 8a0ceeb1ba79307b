package org.minutebook.actions.rest;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.minutebook.actions.domain.ActionStatus;
import org.minutebook.shared.validation.CalendarDate;

/** A merge-style change: what is absent (or null) stays as it is. Who made it is the caller's token's name. */
@Schema(description = "Change an action. Lifecycle: OPEN → IN_PROGRESS → DONE, or CANCELLED; IN_PROGRESS may go back "
        + "to OPEN. A DONE or CANCELLED action goes back to OPEN only with \"reopen\": true; any other change of a "
        + "closed action's status is a 409. Fields left out are unchanged.")
public record ActionPatch(
        @EnumValue(ActionStatus.class) @Schema(enumeration = {
                "OPEN", "IN_PROGRESS", "DONE", "CANCELLED"}) String status,
        @Schema(description = "Required (true) to take a DONE or CANCELLED action back to OPEN") Boolean reopen,
        @Schema(description = "Replaces the assignees; clears unresolved initials and \"ALL\". Clerks only: an "
                + "officer's change of assignees is a 403") @Size(max = 20) List<@NotNull @Valid PersonInput> assignees,
        @CalendarDate LocalDate dueDate,
        @Size(max = 2000) String note,
        @Schema(description = "The version last read; a different current version is a 409") Long version){
}
