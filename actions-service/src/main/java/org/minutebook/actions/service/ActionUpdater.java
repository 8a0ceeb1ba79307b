package org.minutebook.actions.service;

import static org.minutebook.messaging.EventTypes.ACTION_COMPLETED;
import static org.minutebook.messaging.EventTypes.ACTION_UPDATED;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;

import org.minutebook.actions.domain.ActionChange;
import org.minutebook.actions.domain.ActionStatus;
import org.minutebook.actions.domain.NamedPerson;
import org.minutebook.actions.domain.TrackedAction;
import org.minutebook.actions.messaging.ActionEvents;
import org.minutebook.messaging.outbox.Outbox;
import org.minutebook.shared.problem.Problem;
import org.minutebook.shared.problem.ProblemException;

/**
 * An officer's change to an action: checked against the lifecycle, kept as history, applied, and published as
 * minutes.action.updated (plus minutes.action.completed when it is done) in one transaction.
 */
@ApplicationScoped
public class ActionUpdater {

    /** @param version the version the officer saw, if they say; a different current version is a conflict. */
    public record Command(ActionStatus status, boolean reopen, List<NamedPerson> assignees, LocalDate dueDate,
            String note, String by, Long version) {
    }

    private final ActionChanges changes;
    private final Outbox outbox;
    private final EntityManager em;

    public ActionUpdater(ActionChanges changes, Outbox outbox, EntityManager em) {
        this.changes = changes;
        this.outbox = outbox;
        this.em = em;
    }

    @Transactional
    public TrackedAction update(UUID id, Command command) {
        TrackedAction action = TrackedAction.<TrackedAction>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Action", id));
        if (command.version() != null && command.version() != action.version) {
            throw conflict("Action " + id + " has changed since version " + command.version() + " (now "
                    + action.version + "); reload it and apply your change again", action);
        }
        ActionStatus from = action.status;
        ActionStatus to = command.status() != null ? command.status() : from;
        if (command.reopen() && to != ActionStatus.OPEN) {
            throw invalid("reopen", "is only for going back to status OPEN");
        }
        if (!from.canBecome(to, command.reopen())) {
            String how = from.isClosed() && to == ActionStatus.OPEN ? " without \"reopen\": true" : "";
            throw conflict("Action " + id + " is " + from + "; it cannot become " + to + how, action);
        }
        if (to == from && command.assignees() == null && command.dueDate() == null && command.note() == null) {
            throw new ProblemException(Problem.invalid("Nothing to change: give status, assignees, dueDate or note",
                    List.of()));
        }

        ActionChange change = new ActionChange();
        change.id = UUID.randomUUID();
        change.actionId = id;
        change.changedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        change.changedBy = command.by().trim();
        change.fromStatus = from;
        change.toStatus = to;
        change.reopen = command.reopen();
        change.assignees = changes.write(command.assignees());
        change.dueDate = command.dueDate();
        change.note = command.note();
        change.persist();
        changes.apply(action, change);
        action.updatedAt = change.changedAt;
        try {
            // Now, not at commit: a concurrent change of the same action shows as a stale version here.
            em.flush();
        } catch (OptimisticLockException e) {
            throw conflict("Action " + id + " was changed by someone else at the same time; reload it and apply your "
                    + "change again", null);
        }
        outbox.append(id, ACTION_UPDATED, ActionEvents.updated(change, command.assignees(), action));
        if (to == ActionStatus.DONE && from != ActionStatus.DONE) {
            outbox.append(id, ACTION_COMPLETED, ActionEvents.completed(change, action));
        }
        return action;
    }

    private static ProblemException conflict(String detail, TrackedAction action) {
        Problem problem = Problem.of(Response.Status.CONFLICT, detail);
        if (action != null) {
            problem = problem.with("currentStatus", action.status.name()).with("currentVersion", action.version);
        }
        return new ProblemException(problem);
    }

    private static ProblemException invalid(String field, String message) {
        return new ProblemException(Problem.invalid("Invalid value for " + field,
                List.of(new Problem.Violation(field, message))));
    }
}
