package org.minutebook.meetings.rest;

import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.minutebook.meetings.domain.Meeting;
import org.minutebook.meetings.record.MeetingRecord;
import org.minutebook.meetings.service.MeetingService;
import org.minutebook.shared.security.Caller;
import org.minutebook.shared.security.Roles;

@Path("/api/meetings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Meetings", description = "Record and read meetings")
public class MeetingResource {

    private final MeetingService meetings;
    private final Caller caller;

    public MeetingResource(MeetingService meetings, Caller caller) {
        this.meetings = meetings;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Roles.CLERK)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a meeting", description = "Stores the record and publishes its events. The record "
            + "is a DRAFT, seen by officers and clerks only, until published; publish=true publishes it at once")
    public Response record(@NotNull @Valid MeetingRecord record,
            @QueryParam("publish") @DefaultValue("false") boolean publish) {
        MeetingRecord stored = meetings.record(record, publish);
        return Response.created(URI.create("/api/meetings/" + stored.id())).entity(stored).build();
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(summary = "One meeting, as recorded", description = "Restricted items show their number and title "
            + "only, and a draft is not found, unless the caller is an officer or clerk.")
    public MeetingRecord get(@PathParam("id") UUID id) {
        MeetingRecord record = meetings.find(id, !caller.seesRestricted());
        return caller.seesRestricted() ? record : PublicView.of(record);
    }

    @POST
    @Path("/{id}/publish")
    @RolesAllowed(Roles.CLERK)
    @Operation(summary = "Publish a draft", description = "DRAFT → PUBLISHED: the public may read it from now on. "
            + "Publishes minutes.meeting.published; 409 if it is not a draft.")
    public MeetingRecord publish(@PathParam("id") UUID id) {
        return meetings.moveTo(id, Meeting.Status.PUBLISHED);
    }

    @POST
    @Path("/{id}/approve")
    @RolesAllowed(Roles.CLERK)
    @Operation(summary = "Approve published minutes as a true record", description = "PUBLISHED → APPROVED, "
            + "usually at the committee's next meeting. Publishes minutes.minutes.approved; 409 unless published.")
    public MeetingRecord approve(@PathParam("id") UUID id) {
        return meetings.moveTo(id, Meeting.Status.APPROVED);
    }

    @GET
    @PermitAll
    @Operation(summary = "Meetings, newest first", description = "Filter by committee, date range and status. "
            + "Restricted items show their number and title only, and drafts are left out, unless the caller is an "
            + "officer or clerk.")
    public MeetingService.Page list(
            @QueryParam("committee") @Size(max = 200) String committee,
            @QueryParam("from") LocalDate from,
            @QueryParam("to") LocalDate to,
            @QueryParam("status") @Pattern(regexp = "DRAFT|PUBLISHED|APPROVED", message = "must be DRAFT, PUBLISHED or APPROVED") String status,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(1_000_000) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        MeetingService.Page found = meetings.list(committee, from, to,
                status == null ? null : Meeting.Status.valueOf(status), !caller.seesRestricted(), page, size);
        return caller.seesRestricted()
                ? found
                : new MeetingService.Page(found.total(), found.page(), found.size(),
                        found.results().stream().map(PublicView::of).toList());
    }
}
