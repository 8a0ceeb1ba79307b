package org.minutebook.actions.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;
import org.minutebook.actions.domain.ActionChange;
import org.minutebook.actions.domain.ActionStatus;
import org.minutebook.actions.domain.TrackedAction;
import org.minutebook.actions.messaging.ActionEvents;
import org.minutebook.messaging.CloudEvent;
import org.minutebook.messaging.Envelopes;

/**
 * Reads this service's own minutes.action.updated events back, so that officer changes survive a rebuild of the
 * database from the topics. In normal running the change is already stored (the PATCH wrote it) and this is a no-op;
 * after a rebuild it stores the change and applies it to the action, or leaves it for the action to pick up when the
 * minutes recreate it.
 */
@ApplicationScoped
public class ChangeReplayer {

    private static final Logger LOG = Logger.getLogger(ChangeReplayer.class);

    private final ActionChanges changes;
    private final Envelopes envelopes;

    public ChangeReplayer(ActionChanges changes, Envelopes envelopes) {
        this.changes = changes;
        this.envelopes = envelopes;
    }

    /** A minutes.action.updated event, in the consumer's transaction; only this service's own are replayed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void replay(CloudEvent event) {
        if (!envelopes.source().equals(event.source())) {
            return;
        }
        ActionEvents.ActionUpdated data = envelopes.data(event, ActionEvents.ActionUpdated.class);
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
}
