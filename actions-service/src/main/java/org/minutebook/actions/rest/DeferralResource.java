package org.minutebook.actions.rest;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.minutebook.actions.domain.Deferral;
import org.minutebook.actions.domain.DeferralStatus;
import org.minutebook.actions.service.ActionQueries;
import org.minutebook.actions.service.Today;
import org.minutebook.shared.problem.ProblemException;
import org.minutebook.shared.security.Caller;

@Path("/api/deferrals")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Deferrals", description = "Agenda items a meeting deferred, until a later meeting takes them")
public class DeferralResource {

    private final ActionQueries queries;
    private final Caller caller;

    public DeferralResource(ActionQueries queries, Caller caller) {
        this.queries = queries;
        this.caller = caller;
    }

    @GET
    @PermitAll
    @Operation(summary = "List deferrals", description = "Newest meeting first, then agenda order. No status: all.")
    public PageView<DeferralView> list(@QueryParam("status") @EnumValue(DeferralStatus.class) String status,
            @QueryParam("committee") @Size(max = 300) String committee,
            @Parameter(description = "Only the deferrals of this meeting (its id)") @QueryParam("meeting") @Pattern(regexp = ActionResource.UUID_TEXT, message = "must be a meeting id (UUID)") String meeting,
            @Valid @BeanParam PageParams paging) {
        DeferralStatus wanted = status == null ? null : DeferralStatus.valueOf(status);
        int page = paging.page();
        int size = paging.size();
        LocalDate today = Today.date();
        return Views.page(queries.deferrals(wanted, ActionResource.blankToNull(committee),
                meeting == null ? null : UUID.fromString(meeting), !caller.seesRestricted(), page, size), page, size,
                d -> view(d, today));
    }

    @GET
    @Path("{id}")
    @PermitAll
    @Operation(summary = "One deferral", description = "A restricted item's deferral shows its note, and a draft "
            + "meeting's deferral is found, for officers and clerks only.")
    public DeferralView get(@PathParam("id") UUID id) {
        return queries.deferral(id).filter(d -> caller.seesRestricted() || queries.isPublic(d.meetingId))
                .map(d -> view(d, Today.date())).orElseThrow(() -> ProblemException.notFound("Deferral", id));
    }

    private DeferralView view(Deferral d, LocalDate today) {
        return Views.of(d, today, caller);
    }
}
