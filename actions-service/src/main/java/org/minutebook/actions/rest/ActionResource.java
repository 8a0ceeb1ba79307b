package org.minutebook.actions.rest;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.minutebook.actions.domain.ActionStatus;
import org.minutebook.actions.service.ActionQueries;
import org.minutebook.shared.problem.ProblemException;

@Path("/api/actions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Actions", description = "Actions the minutes assign, with their assignees resolved from the attendance")
public class ActionResource {

    private final ActionQueries queries;

    public ActionResource(ActionQueries queries) {
        this.queries = queries;
    }

    @GET
    @Operation(summary = "List actions", description = "Newest meeting first, then agenda order. No status: all.")
    public PageView<ActionView> list(@QueryParam("status") @EnumValue(ActionStatus.class) String status,
            @Valid @BeanParam PageParams paging) {
        ActionStatus wanted = status == null ? null : ActionStatus.valueOf(status);
        int page = paging.page();
        int size = paging.size();
        return Views.page(queries.actions(wanted, page, size), page, size, Views::of);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One action")
    public ActionView get(@PathParam("id") UUID id) {
        return queries.action(id).map(Views::of).orElseThrow(() -> ProblemException.notFound("Action", id));
    }
}
