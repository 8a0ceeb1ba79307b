package org.minutebook.meetings.record;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record ResolutionRecord(@NotBlank @Size(max = 20_000) String text, Outcome outcome) {

    public enum Outcome {
        NOTED, APPROVED, AGREED, DEFERRED, OTHER
    }

    public ResolutionRecord {
        outcome = outcome == null ? Outcome.OTHER : outcome;
    }
}
