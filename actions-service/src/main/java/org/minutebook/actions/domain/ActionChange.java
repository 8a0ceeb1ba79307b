package org.minutebook.actions.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One officer change to an action, as made through PATCH and published as minutes.action.updated: the action's
 * history, and what a replay applies again on top of what the minutes say.
 */
@Entity
@Table(name = "action_change")
public class ActionChange extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "action_id", nullable = false)
    public UUID actionId;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;

    @Column(name = "changed_by", nullable = false)
    public String changedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public ActionStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false)
    public ActionStatus toStatus;

    @Column(nullable = false)
    public boolean reopen;

    /** The new assignees as JSON ([{name, organisation}]), null when they did not change. */
    public String assignees;

    /** The new due date, null when it did not change. */
    @Column(name = "due_date")
    public LocalDate dueDate;

    public String note;
}
