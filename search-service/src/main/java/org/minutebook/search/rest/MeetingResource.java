package org.minutebook.search.rest;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.minutebook.search.service.MeetingLookup;
import org.minutebook.search.service.MeetingLookup.MeetingSummary;
import org.minutebook.search.service.Page;
import org.minutebook.search.service.MeetingSummaries;

@Path("/api/meetings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Meetings", description = "Meetings as the search read model knows them")
public class MeetingResource {

    private final MeetingLookup meetings;
    private final MeetingSummaries summaries;

    public MeetingResource(MeetingLookup meetings, MeetingSummaries summaries) {
        this.meetings = meetings;
        this.summaries = summaries;
    }

    @GET
    @PermitAll
    @Operation(summary = "Meetings known to search, newest first", description = "With modifiedSince, only meetings whose record changed after it: an incremental sync.")
    public PageView<MeetingView> list(@BeanParam @Valid ListParams filters,
            @Parameter(description = "Only meetings changed after this instant") @QueryParam("modifiedSince") OffsetDateTime modifiedSince,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(10_000) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        Page<MeetingSummary> found = meetings.list(
                filters.itemFilter().since(modifiedSince == null ? null : modifiedSince.toInstant()), page, size);
        return new PageView<>(found.total(), found.totalIsExact(), found.page(), found.size(),
                found.results().stream().map(Views::of).toList(), List.of());
    }

    @GET
    @PermitAll
    @Path("/{id}")
    @Operation(summary = "A meeting known to search, with the number of its items and resolutions indexed so far")
    public MeetingView get(@PathParam("id") UUID id) {
        return Views.of(meetings.find(id));
    }

    @GET
    @PermitAll
    @Path("/{id}/summary")
    @Operation(summary = "A meeting with attendance, resolutions and the action and deferral status of each item", description = "Restricted items show their number and title; their text fields are null.")
    public MeetingSummaryView summary(@PathParam("id") UUID id) {
        return SummaryViews.of(summaries.find(id));
    }
}
