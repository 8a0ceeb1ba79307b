package org.minutebook.search.rest;

import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.minutebook.search.service.MeetingLookup;
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
    @Path("/{id}")
    @Operation(summary = "A meeting known to search, with the number of its items and resolutions indexed so far")
    public MeetingView get(@PathParam("id") UUID id) {
        return Views.of(meetings.find(id));
    }

    @GET
    @Path("/{id}/summary")
    @Operation(summary = "A meeting with attendance, resolutions and the action and deferral status of each item", description = "Restricted items show their number and title; their text fields are null.")
    public MeetingSummaryView summary(@PathParam("id") UUID id) {
        return SummaryViews.of(summaries.find(id));
    }
}
