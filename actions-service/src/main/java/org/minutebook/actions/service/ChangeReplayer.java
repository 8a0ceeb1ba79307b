package org.minutebook.actions.service;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;
import org.minutebook.actions.domain.ActionChange;
import org.minutebook.actions.domain.ActionStatus;
import org.minutebook.actions.domain.TrackedAction;
import org.minutebook.actions.messaging.ActionEvents;
import org.minutebook.actions.messaging.CloudEvent;
import org.minutebook.actions.messaging.ProcessedEvents;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads this service's own minutes.action.updated events back, so that officer changes survive a rebuild of the
 * database from the topics. In normal running the change is already stored (the PATCH wrote it) and this is a no-op;
 * after a rebuild it stores the change and applies it to the action, or leaves it for the action to pick up when the
 * minutes recreate it.
 */
@ApplicationScoped
public class ChangeReplayer {

    private static final Set<String> KNOWN = Set.of(ActionEvents.ACTION_ASSIGNED, ActionEvents.ACTION_UPDATED,
            ActionEvents.ACTION_COMPLETED, ActionEvents.ITEM_DEFERRED, ActionEvents.DEFERRAL_RESOLVED,
            ActionEvents.DEFERRAL_CARRIED_FORWARD);

    private static final Logger LOG = Logger.getLogger(ChangeReplayer.class);
    static final String OWN_SOURCE = "/minutebook/actions-service";

    private final ProcessedEvents processed;
    private final ActionChanges changes;
    private final ObjectMapper mapper;

    public ChangeReplayer(ProcessedEvents processed, ActionChanges changes, ObjectMapper mapper) {
        this.processed = processed;
        this.changes = changes;
        this.mapper = mapper;
    }

    /** A polled batch, in one transaction: all applied or none. */
    @Transactional
    public void handleAll(List<CloudEvent> events) {
        events.forEach(this::handle);
    }

    @Transactional
    public void handle(CloudEvent event) {
        if (!KNOWN.contains(event.type())) {
            // Before the processed mark: the message goes to the dead-letter topic and is never marked.
            throw new IllegalArgumentException("Unknown event type " + event.type() + " of event " + event.id());
        }
        if (!processed.markProcessed(event.id(), event.type())) {
            return;
        }
        // Everything else on minutes.actions is derived from minutes.meetings and rebuilt from there.
        if (!ActionEvents.ACTION_UPDATED.equals(event.type()) || !OWN_SOURCE.equals(event.source())) {
            return;
        }
        ActionEvents.ActionUpdated data = read(event);
        Required.notNull(data.changeId(), "changeId");
        if (ActionChange.findById(data.changeId()) != null) {
            LOG.debugf("Change %s already stored", data.changeId());
            return;
        }
        ActionChange change = new ActionChange();
        change.id = data.changeId();
        change.actionId = Required.notNull(data.actionId(), "actionId");
        change.changedAt = Required.notNull(data.changedAt(), "changedAt");
        change.changedBy = Required.notBlank(data.changedBy(), "changedBy");
        change.fromStatus = data.fromStatus() == null ? null : ActionStatus.valueOf(data.fromStatus());
        change.toStatus = ActionStatus.valueOf(Required.notBlank(data.toStatus(), "toStatus"));
        change.reopen = data.reopen();
        change.assignees = changes.write(data.changedAssignees());
        change.dueDate = data.changedDueDate();
        change.note = data.note();
        change.persist();
        TrackedAction action = TrackedAction.findById(change.actionId);
        if (action != null) {
            changes.apply(action, change);
        }
    }

    private ActionEvents.ActionUpdated read(CloudEvent event) {
        try {
            return mapper.treeToValue(Required.notNull(event.data(), "data"), ActionEvents.ActionUpdated.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Event " + event.id() + " has unreadable data: "
                    + e.getOriginalMessage(), e);
        }
    }
}
