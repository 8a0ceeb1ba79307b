package org.minutebook.meetings.record;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A numbered agenda item: "7", "6(a)", "SSP/1524". {@code minuteReference} is the minute's own reference where a
 * council numbers its minutes apart from the agenda ("CAB 45/16", "Minute 112"); null where it does not.
 */
public record ItemRecord(
        @NotBlank @Size(max = 40) String number,
        @Size(max = 40) String minuteReference,
        @NotBlank @Size(max = 500) String title,
        boolean restricted,
        @Size(max = 200_000) String text,
        @Size(max = 100) List<@NotNull @Valid ResolutionRecord> resolutions,
        @Size(max = 100) List<@NotNull @Valid DeclarationRecord> declarations,
        @Size(max = 100) List<@NotNull @Valid ActionRecord> actions,
        @Valid DeferralRecord deferral) {

    public ItemRecord {
        resolutions = resolutions == null ? List.of() : List.copyOf(resolutions);
        declarations = declarations == null ? List.of() : List.copyOf(declarations);
        actions = actions == null ? List.of() : List.copyOf(actions);
    }

    /** What the public may read of a restricted item: its numbers, title, outcomes, declarations and deferral. */
    public ItemRecord withheld(List<ResolutionRecord> outcomes, DeferralRecord withheldDeferral) {
        return new ItemRecord(number, minuteReference, title, true, null, outcomes, declarations, List.of(),
                withheldDeferral);
    }
}
