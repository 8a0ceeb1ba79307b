package org.minutebook.search.rest;

import java.time.LocalDate;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.minutebook.search.service.ItemFilter;

/** The filters the search and the decisions register share, bound from the query string. */
public class ListParams {

    @QueryParam("committee")
    @Size(max = 300)
    @Parameter(description = "Exact committee name")
    public String committee;

    @QueryParam("from")
    @Parameter(description = "Meetings on or after this date (ISO)")
    public LocalDate from;

    @QueryParam("to")
    @Parameter(description = "Meetings on or before this date (ISO)")
    public LocalDate to;

    @QueryParam("outcome")
    @Pattern(regexp = "NOTED|APPROVED|AGREED|DEFERRED|OTHER")
    @Parameter(description = "Items with a resolution of this outcome")
    public String outcome;

    ItemFilter filter(Boolean restricted) {
        return new ItemFilter(blankToNull(committee), from, to, outcome, restricted);
    }

    /** For lists of resolutions, where the outcome is the row's own, not one of its item's. */
    ItemFilter itemFilter() {
        return new ItemFilter(blankToNull(committee), from, to, null, null);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
