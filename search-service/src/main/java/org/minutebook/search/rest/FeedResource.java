package org.minutebook.search.rest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.minutebook.search.service.DecisionFeed;
import org.minutebook.search.service.MeetingCalendar;

@Path("/api")
@Tag(name = "Feeds", description = "Feeds to subscribe to: a committee's meetings for calendar apps, decisions for "
        + "websites and feed readers")
public class FeedResource {

    public static final String CALENDAR = "text/calendar; charset=utf-8";
    public static final String ATOM = "application/atom+xml; charset=utf-8";

    private final MeetingCalendar calendar;
    private final DecisionFeed decisions;

    public FeedResource(MeetingCalendar calendar, DecisionFeed decisions) {
        this.calendar = calendar;
        this.decisions = decisions;
    }

    @GET
    @PermitAll
    @Path("/committees/{committee}/meetings.ics")
    @Produces(CALENDAR)
    @Operation(summary = "A committee's meetings as iCalendar", description = "One event per meeting: the start "
            + "time in Europe/London, or an all-day event when only the date is known; the agenda item numbers and "
            + "titles, and a link to the meeting summary. Answers If-None-Match with 304.")
    @APIResponse(responseCode = "200", description = "The calendar", content = @Content(mediaType = CALENDAR))
    @APIResponse(responseCode = "404", description = "No meeting of this committee is known")
    public Response meetings(
            @Parameter(description = "Exact committee name") @PathParam("committee") @Size(max = 300) String committee,
            @Context UriInfo uri, @Context Request request) {
        return cacheable(request, calendar.of(committee, uri.getBaseUri()), CALENDAR);
    }

    @GET
    @PermitAll
    @Path("/decisions.atom")
    @Produces(ATOM)
    @Operation(summary = "The newest decisions as an Atom feed", description = "One entry per resolution, newest "
            + "meeting first, as in the decisions register. A restricted item's entry gives its number and title "
            + "but not the resolution's wording. Answers If-None-Match with 304.")
    @APIResponse(responseCode = "200", description = "The feed", content = @Content(mediaType = ATOM))
    @APIResponse(responseCode = "404", description = "No meeting of the committee filtered on is known")
    public Response decisions(
            @Parameter(description = "Exact committee name") @QueryParam("committee") @Size(max = 300) String committee,
            @Parameter(description = "How many entries") @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit,
            @Context UriInfo uri, @Context Request request) {
        String only = committee == null || committee.isBlank() ? null : committee.strip();
        return cacheable(request, decisions.latest(only, limit, uri.getBaseUri(), uri.getRequestUri()), ATOM);
    }

    /** Subscribers poll; a tag of the body's hash lets an unchanged feed cost them a 304 instead of the body. */
    private static Response cacheable(Request request, String body, String mediaType) {
        EntityTag tag = new EntityTag(hash(body));
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
        return unchanged != null
                ? unchanged.tag(tag).build()
                : Response.ok(body, mediaType).tag(tag).build();
    }

    private static String hash(String body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM provides SHA-256", e);
        }
    }
}
