package org.minutebook.actions.service;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.minutebook.actions.domain.ActionChange;
import org.minutebook.actions.domain.Assignee;
import org.minutebook.actions.domain.NamedPerson;
import org.minutebook.actions.domain.TrackedAction;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Applies officer changes on top of what the minutes say. The same code serves a PATCH, a change replayed from
 * minutes.actions, and an action (re)built from the minutes after its changes were stored, so all three agree.
 */
@ApplicationScoped
public class ActionChanges {

    private static final TypeReference<List<NamedPerson>> PEOPLE = new TypeReference<>() {
    };

    private final People people;
    private final ObjectMapper mapper;

    public ActionChanges(People people, ObjectMapper mapper) {
        this.people = people;
        this.mapper = mapper;
    }

    /** Every stored change of the action, oldest first: used after its state was (re)set from the minutes. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void applyAll(TrackedAction action) {
        applyAll(List.of(action));
    }

    /** As {@link #applyAll(TrackedAction)} for many actions, their changes read in one query. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void applyAll(Collection<TrackedAction> actions) {
        Map<UUID, TrackedAction> byId = new HashMap<>();
        actions.forEach(a -> byId.put(a.id, a));
        if (byId.isEmpty()) {
            return;
        }
        for (ActionChange change : ActionChange.<ActionChange>list("actionId in ?1 order by changedAt, id",
                byId.keySet())) {
            apply(byId.get(change.actionId), change);
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(TrackedAction action, ActionChange change) {
        action.status = change.toStatus;
        List<NamedPerson> assignees = assignees(change);
        if (assignees != null) {
            // The officer settled who owns it: nothing is left unresolved, and it is no longer "ALL".
            action.assignees.clear();
            for (NamedPerson p : assignees) {
                action.assignees.add(new Assignee(null, p.name(), p.organisation(),
                        people.identify(p.name(), p.organisation())));
            }
            action.unresolved = List.of();
            action.allAttendees = false;
        }
        if (change.dueDate != null) {
            action.dueDate = change.dueDate;
            action.publicDueDate = change.dueDate;
            action.dueNextMeeting = false;
        }
    }

    public List<ActionChange> history(TrackedAction action) {
        return ActionChange.list("actionId = ?1 order by changedAt, id", action.id);
    }

    public List<NamedPerson> assignees(ActionChange change) {
        if (change.assignees == null) {
            return null;
        }
        try {
            return mapper.readValue(change.assignees, PEOPLE);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable assignees of change " + change.id, e);
        }
    }

    public String write(List<NamedPerson> assignees) {
        if (assignees == null) {
            return null;
        }
        try {
            return mapper.writeValueAsString(new ArrayList<>(assignees));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write assignees", e);
        }
    }
}
