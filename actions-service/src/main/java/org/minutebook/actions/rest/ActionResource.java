package org.minutebook.actions.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.minutebook.actions.domain.ActionStatus;
import org.minutebook.actions.domain.RegisterView;
import org.minutebook.actions.domain.NamedPerson;
import org.minutebook.actions.domain.TrackedAction;
import org.minutebook.actions.security.Ownership;
import org.minutebook.actions.service.ActionChanges;
import org.minutebook.actions.service.ActionQueries;
import org.minutebook.actions.service.ActionQueries.ActionFilter;
import org.minutebook.actions.service.ActionUpdater;
import org.minutebook.actions.service.Today;
import org.minutebook.shared.problem.ProblemException;
import org.minutebook.shared.security.Caller;
import org.minutebook.shared.security.Roles;

import io.quarkus.security.ForbiddenException;

@Path("/api/actions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Actions", description = "Actions the minutes assign, followed up until done")
public class ActionResource {

    static final String DATE = "\\d{4}-\\d{2}-\\d{2}";
    static final String UUID_TEXT = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";

    private final ActionQueries queries;
    private final ActionUpdater updater;
    private final ActionChanges changes;
    private final Caller caller;
    private final Ownership ownership;

    public ActionResource(ActionQueries queries, ActionUpdater updater, ActionChanges changes, Caller caller,
            Ownership ownership) {
        this.queries = queries;
        this.updater = updater;
        this.changes = changes;
        this.caller = caller;
        this.ownership = ownership;
    }

    @GET
    @PermitAll
    @Operation(summary = "List actions", description = "Newest meeting first, then agenda order, then id. Every "
            + "filter is optional; overdue=true: OPEN or IN_PROGRESS with a due date before today.")
    public PageView<ActionView> list(@QueryParam("status") @EnumValue(ActionStatus.class) String status,
            @Parameter(description = "A person id, or part of a name (case and honorifics ignored)") @QueryParam("assignee") @Size(max = 200) String assignee,
            @Parameter(description = "Part of an assignee's organisation") @QueryParam("organisation") @Size(max = 300) String organisation,
            @QueryParam("committee") @Size(max = 300) String committee,
            @QueryParam("overdue") @Pattern(regexp = "true|false", message = "must be true or false") String overdue,
            @Parameter(description = "ISO date: due strictly before it") @QueryParam("dueBefore") @Pattern(regexp = DATE, message = "must be an ISO date (yyyy-mm-dd)") String dueBefore,
            @Parameter(description = "Only the actions of this meeting (its id)") @QueryParam("meeting") @Pattern(regexp = UUID_TEXT, message = "must be a meeting id (UUID)") String meeting,
            @Valid @BeanParam PageParams paging) {
        ActionFilter filter = new ActionFilter(status == null ? null : ActionStatus.valueOf(status), blankToNull(
                assignee), blankToNull(organisation), blankToNull(committee), "true".equals(overdue),
                date(dueBefore, "dueBefore"), null, Today.date(), !caller.seesRestricted(),
                meeting == null ? null : UUID.fromString(meeting));
        int page = paging.page();
        int size = paging.size();
        RegisterView view = RegisterView.of(caller.seesRestricted());
        return Views.page(queries.actions(filter, page, size), page, size, a -> Views.of(a, filter.today(), view));
    }

    @GET
    @Path("{id}")
    @PermitAll
    @Operation(summary = "One action, with the history of officers' changes", description = "An action of a "
            + "restricted item is not found unless the caller is an officer or clerk.")
    public ActionView get(@PathParam("id") UUID id) {
        return withHistory(visible(id));
    }

    @PATCH
    @Path("{id}")
    @RolesAllowed({Roles.CLERK, Roles.OFFICER})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change an action's status, assignees, due date, or add a note", description = "Merge-style: "
            + "fields left out are unchanged. DONE/CANCELLED → OPEN needs \"reopen\": true. Kept as history and "
            + "published as minutes.action.updated (and minutes.action.completed). A clerk may change any action, an "
            + "officer those assigned to them (the person their account is) or to their organisation, except their "
            + "assignees: reassigning is the clerk's.")
    @APIResponse(responseCode = "200", description = "The action as changed, with its history")
    @APIResponse(responseCode = "400", description = "Invalid field (named), or nothing to change")
    @APIResponse(responseCode = "403", description = "An officer's change of an action that is not theirs, or of "
            + "an action's assignees")
    @APIResponse(responseCode = "404", description = "No such action")
    @APIResponse(responseCode = "409", description = "Not allowed from the current status, or the action changed "
            + "meanwhile (version)")
    public ActionView patch(@PathParam("id") UUID id, @Valid @NotNull ActionPatch patch) {
        TrackedAction action = visible(id);
        if (!ownership.mayChange(action)) {
            throw new ForbiddenException("An officer may change only the actions assigned to them or to their "
                    + "organisation");
        }
        // Otherwise an officer could hand their action to anyone and lock themselves out of it.
        if (patch.assignees() != null && !ownership.mayReassign()) {
            throw new ForbiddenException("An officer may update an action's status, due date and notes, not who it "
                    + "is assigned to: a clerk reassigns actions");
        }
        queries.forget(action); // the change below is made in a transaction of its own
        List<NamedPerson> assignees = patch.assignees() == null
                ? null
                : patch.assignees().stream().map(p -> new NamedPerson(p.name().trim(), blankToNull(p.organisation())))
                        .toList();
        ActionUpdater.Command command = new ActionUpdater.Command(
                patch.status() == null ? null : ActionStatus.valueOf(patch.status()),
                Boolean.TRUE.equals(patch.reopen()), assignees, patch.dueDate(), patch.note(),
                caller.name().orElseThrow(),
                patch.version());
        updater.update(id, command);
        return get(id);
    }

    /** The action, unless it belongs to a restricted item or a draft and the caller may not see those: not found. */
    private TrackedAction visible(UUID id) {
        return queries.action(id).filter(a -> caller.seesRestricted() || !a.restricted && queries.isPublic(a.meetingId))
                .orElseThrow(() -> ProblemException.notFound("Action", id));
    }

    private ActionView withHistory(TrackedAction action) {
        List<ChangeView> history = queries.history(action).stream()
                .map(c -> Views.of(c, changes.assignees(c)))
                .toList();
        return Views.of(action, Today.date(), RegisterView.of(caller.seesRestricted()), history);
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    /** Already checked against {@link #DATE}; a well-formed but impossible date (2016-02-30) is a 400 too. */
    static LocalDate date(String text, String parameter) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            throw new ProblemException(org.minutebook.shared.problem.Problem.invalid("Invalid value for " + parameter,
                    List.of(new org.minutebook.shared.problem.Problem.Violation(parameter, "is not a valid date"))));
        }
    }
}
