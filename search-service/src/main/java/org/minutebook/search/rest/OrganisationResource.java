package org.minutebook.search.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.minutebook.search.service.OrganisationAttendance;

@Path("/api/organisations/attendance")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "People", description = "Attendance records; a person is a name, case and honorific aside")
public class OrganisationResource {

    private final OrganisationAttendance attendance;

    public OrganisationResource(OrganisationAttendance attendance) {
        this.attendance = attendance;
    }

    @GET
    @PermitAll
    @Operation(summary = "How often an organisation was represented, by year", description = "Per year: the "
            + "published meetings of the committees the organisation has attended (or of the one committee given), "
            + "those at which anyone of it was present, and those it sent apologies to. The organisation is matched "
            + "by part of its name, case ignored; spellings lists the names matched. 404 if it never attended.")
    public OrganisationAttendance.Record get(
            @Parameter(description = "Part of the organisation's name", required = true) @QueryParam("name") @NotBlank @Size(max = 200) String name,
            @Parameter(description = "Exact committee name") @QueryParam("committee") @Size(max = 300) String committee) {
        return attendance.of(name.strip(), committee == null || committee.isBlank() ? null : committee.strip());
    }
}
