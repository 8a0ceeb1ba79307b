package org.minutebook.actions.rest;

import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
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
import org.minutebook.actions.domain.RegisterView;
import org.minutebook.actions.service.ActionQueries;
import org.minutebook.actions.service.ActionQueries.ActionFilter;
import org.minutebook.actions.service.Today;
import org.minutebook.shared.problem.ProblemException;
import org.minutebook.shared.security.Caller;

@Path("/api/people")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "People", description = "Assignees, the same person across meetings and years (same name and organisation,"
        + " whatever the case, spacing or honorific)")
public class PersonResource {

    private final ActionQueries queries;
    private final Caller caller;

    public PersonResource(ActionQueries queries, Caller caller) {
        this.queries = queries;
        this.caller = caller;
    }

    @GET
    @PermitAll
    @Operation(summary = "Find people", description = "q: part of the name, case and honorifics ignored. By name. "
            + "Someone assigned only actions of restricted items is listed for officers and clerks only.")
    public PageView<PersonView> list(@QueryParam("q") @Size(max = 200) String q, @Valid @BeanParam PageParams paging) {
        int page = paging.page();
        int size = paging.size();
        return Views.page(queries.people(q, !caller.seesRestricted(), page, size), page, size, Views::of);
    }

    @GET
    @PermitAll
    @Path("{id}")
    @Operation(summary = "One person")
    public PersonView get(@PathParam("id") UUID id) {
        return queries.person(id, !caller.seesRestricted()).map(Views::of)
                .orElseThrow(() -> ProblemException.notFound("Person", id));
    }

    @GET
    @PermitAll
    @Path("{id}/actions")
    @Operation(summary = "Everything assigned to a person, across meetings", description = "Same order and paging as "
            + "/api/actions.")
    public PageView<ActionView> actions(@PathParam("id") UUID id,
            @QueryParam("status") @EnumValue(ActionStatus.class) String status, @Valid @BeanParam PageParams paging) {
        queries.person(id, !caller.seesRestricted()).orElseThrow(() -> ProblemException.notFound("Person", id));
        ActionFilter filter = new ActionFilter(status == null ? null : ActionStatus.valueOf(status), null, null, null,
                false, null, id, Today.date(), !caller.seesRestricted());
        int page = paging.page();
        int size = paging.size();
        RegisterView view = RegisterView.of(caller.seesRestricted());
        return Views.page(queries.actions(filter, page, size), page, size, a -> Views.of(a, filter.today(), view));
    }
}
