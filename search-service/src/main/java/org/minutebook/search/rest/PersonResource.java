package org.minutebook.search.rest;

import java.time.OffsetDateTime;
import java.util.UUID;

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
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.minutebook.search.rest.PersonAttendanceView.EntryView;
import org.minutebook.search.rest.PersonAttendanceView.YearRateView;
import org.minutebook.search.service.People;
import org.minutebook.search.service.PersonAttendance;
import org.minutebook.search.service.PersonRecords.Attendance;

@Path("/api/people")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "People", description = "Attendance records; a person is a name, case and honorific aside")
public class PersonResource {

    private final People people;
    private final PersonAttendance attendance;

    public PersonResource(People people, PersonAttendance attendance) {
        this.people = people;
        this.attendance = attendance;
    }

    @GET
    @PermitAll
    @Operation(summary = "People named in attendance lists")
    public PageView<PersonView> list(
            @Parameter(description = "Part of the name") @QueryParam("q") @Size(max = 200) String q,
            @Parameter(description = "Only people whose record changed after this instant") @QueryParam("modifiedSince") OffsetDateTime modifiedSince,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(10_000) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        var found = people.list(q, modifiedSince == null ? null : modifiedSince.toInstant(), page, size);
        return new PageView<>(found.total(), found.totalIsExact(), found.page(), found.size(), found.results().stream()
                .map(p -> new PersonView(p.id(), p.name(), p.meetingsPresent(), p.meetingsListed(),
                        p.organisations()))
                .toList(), Views.removed(found));
    }

    @GET
    @PermitAll
    @Path("/{id}/attendance")
    @Operation(summary = "A person's attendance: meetings by capacity, rate per year, organisations represented")
    public PersonAttendanceView attendance(@PathParam("id") UUID id,
            @Parameter(description = "Page of the listings, newest first") @QueryParam("page") @DefaultValue("0") @Min(0) @Max(10_000) int page,
            @QueryParam("size") @DefaultValue("100") @Min(1) @Max(500) int size) {
        Attendance a = attendance.of(id, page, size);
        return new PersonAttendanceView(a.id(), a.name(), a.organisations(), a.present(), a.officer(),
                a.inAttendance(), a.apologies(),
                a.byYear().stream().map(y -> new YearRateView(y.year(), y.present(), y.meetings(),
                        y.meetings() == 0 ? 0 : Math.round(1000.0 * y.present() / y.meetings()) / 1000.0)).toList(),
                a.listings(), a.page(), a.size(),
                a.meetings().stream().map(e -> new EntryView(e.meetingId(), e.committee(), e.date(), e.kind(),
                        e.organisation(), e.role())).toList());
    }
}
