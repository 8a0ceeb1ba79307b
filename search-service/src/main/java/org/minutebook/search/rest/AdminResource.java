package org.minutebook.search.rest;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.minutebook.search.service.ReadModelRebuild;
import org.minutebook.search.service.RebuildStatus;
import org.minutebook.shared.security.Roles;

@Path("/api/admin/rebuild")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Admin", description = "Operations on the read models")
public class AdminResource {

    private final ReadModelRebuild rebuild;

    public AdminResource(ReadModelRebuild rebuild) {
        this.rebuild = rebuild;
    }

    @POST
    @RolesAllowed(Roles.CLERK)
    @Operation(summary = "Drop the read models and replay both topics from the beginning", description = "Runs in the background (202); queries answer from the partly rebuilt models meanwhile. "
            + "409 while a rebuild is running.")
    public Response start() {
        RebuildStatus started = rebuild.start();
        return Response.accepted(started).location(URI.create("/api/admin/rebuild")).build();
    }

    @GET
    @RolesAllowed(Roles.CLERK)
    @Operation(summary = "The state of the current or last rebuild")
    public RebuildStatus status() {
        return rebuild.status();
    }
}
