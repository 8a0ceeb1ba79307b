package org.minutebook.actions.service;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;
import org.minutebook.actions.domain.ActionChange;
import org.minutebook.actions.domain.ActionStatus;
import org.minutebook.actions.domain.TrackedAction;
import org.minutebook.actions.messaging.ActionEvents;
import org.minutebook.messaging.Envelopes;
import org.minutebook.messaging.consumer.Delivered;

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
    private final EntityManager em;

    public ChangeReplayer(ActionChanges changes, Envelopes envelopes, EntityManager em) {
        this.changes = changes;
        this.envelopes = envelopes;
        this.em = em;
    }

    /**
     * A batch's minutes.action.updated events, in the consumer's transaction; only this service's own are replayed.
     * One query finds the changes stored already (all of them, in normal running); the others are stored and applied
     * in their order.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void replayAll(List<Delivered<ActionEvents.ActionUpdated>> events) {
        List<Delivered<ActionEvents.ActionUpdated>> own = events.stream()
                .filter(d -> envelopes.source().equals(d.event().source())).toList();
        Set<UUID> ids = new HashSet<>();
        own.forEach(d -> ids.add(Required.notNull(d.data().changeId(), "changeId")));
        if (ids.isEmpty()) {
            return;
        }
        Set<UUID> stored = new HashSet<>(em.createQuery("select c.id from ActionChange c where c.id in ?1", UUID.class)
                .setParameter(1, ids).getResultList());
        for (Delivered<ActionEvents.ActionUpdated> d : own) {
            if (stored.add(d.data().changeId())) {
                d.inSpan(() -> store(d.data()));
            } else {
                LOG.debugf("Change %s already stored", d.data().changeId());
            }
        }
    }

    private void store(ActionEvents.ActionUpdated data) {
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
