package org.minutebook.actions.rest;

import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
import org.minutebook.actions.domain.Deferral;
import org.minutebook.actions.domain.Meeting;
import org.minutebook.actions.domain.RegisterView;
import org.minutebook.actions.domain.TrackedAction;
import org.minutebook.actions.rest.MattersArisingView.Origin;
import org.minutebook.actions.rest.MattersArisingView.PendingAction;
import org.minutebook.actions.rest.MattersArisingView.PendingDeferral;
import org.minutebook.actions.service.DeferralReconciler;
import org.minutebook.actions.service.MattersArising;
import org.minutebook.actions.service.MattersArising.Agenda;
import org.minutebook.actions.service.Today;
import org.minutebook.shared.problem.ProblemException;
import org.minutebook.shared.security.Caller;

@Path("/api/committees/{committee}")
@Tag(name = "Committees", description = "What a committee's next meeting has to pick up")
public class CommitteeResource {

    static final String MARKDOWN = "text/markdown";

    private final MattersArising mattersArising;
    private final Caller caller;

    public CommitteeResource(MattersArising mattersArising, Caller caller) {
        this.mattersArising = mattersArising;
        this.caller = caller;
    }

    @GET
    @Path("matters-arising")
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Matters arising for the committee's meeting on or after a date", description = "Every open "
            + "or in-progress action and every deferred item not yet taken from the committee's earlier meetings, "
            + "oldest first, with where it came from and how many meetings it has waited. Accept: text/markdown for "
            + "a table to paste into the agenda. The actions of restricted items, and their deferrals' notes, are "
            + "for officers and clerks only. At most limit of each are listed, the oldest; actionsTotal and "
            + "deferralsTotal say how many there are, counted up to 10,000 (actionsTotalIsExact, "
            + "deferralsTotalIsExact false beyond).")
    public MattersArisingView json(
            @Parameter(description = "Committee name, any case") @PathParam("committee") String committee,
            @Parameter(description = "ISO date of (or before) the meeting") @QueryParam("before") @NotNull @Pattern(regexp = ActionResource.DATE, message = "must be an ISO date (yyyy-mm-dd)") String before,
            @Parameter(description = "At most this many actions and this many deferrals") @QueryParam("limit") @DefaultValue("200") @Min(1) @Max(1000) int limit) {
        Agenda agenda = mattersArising.before(committee, ActionResource.date(before, "before"),
                !caller.seesRestricted(), limit)
                .orElseThrow(() -> ProblemException.notFound("Committee", committee));
        return view(agenda, Today.date());
    }

    @GET
    @Path("matters-arising")
    @PermitAll
    @Produces(MARKDOWN + ";charset=UTF-8")
    @Operation(hidden = true)
    public String markdown(@PathParam("committee") String committee,
            @QueryParam("before") @NotNull @Pattern(regexp = ActionResource.DATE, message = "must be an ISO date (yyyy-mm-dd)") String before,
            @QueryParam("limit") @DefaultValue("200") @Min(1) @Max(1000) int limit) {
        return MattersArisingMarkdown.render(json(committee, before, limit));
    }

    private MattersArisingView view(Agenda agenda, LocalDate today) {
        RegisterView view = RegisterView.of(caller.seesRestricted());
        Meeting meeting = agenda.meeting();
        // What the public may not see was left out by the query.
        List<PendingAction> actions = agenda.actions().stream()
                .map(p -> {
                    TrackedAction a = p.entry();
                    ActionView v = Views.of(a, today, view);
                    return new PendingAction(a.id, new Origin(a.meetingId, a.meetingDate, a.itemNumber, a.itemTitle),
                            a.description, v.assignees().stream().map(AssigneeView::name).toList(), v.unresolved(),
                            a.allAttendees, v.dueDate(), v.overdue(), a.status, v.inferred(), p.meetingsWaited());
                }).toList();
        List<PendingDeferral> deferrals = agenda.deferrals().stream()
                .map(p -> {
                    Deferral d = p.entry();
                    return new PendingDeferral(d.id, new Origin(d.meetingId, d.meetingDate, d.itemNumber, d.itemTitle),
                            d.until, d.untilDate, Views.noteFor(d, caller),
                            DeferralReconciler.isOverdue(d, view, today),
                            p.timesCarriedForward(),
                            p.meetingsWaited());
                }).toList();
        return new MattersArisingView(agenda.committee(), agenda.before(), meeting == null ? null : meeting.id,
                meeting == null ? null : meeting.date, actions, deferrals, agenda.actionsTotal().value(),
                agenda.actionsTotal().exact(), agenda.deferralsTotal().value(), agenda.deferralsTotal().exact());
    }
}
