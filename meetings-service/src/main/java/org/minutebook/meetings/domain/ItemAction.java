package org.minutebook.meetings.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An action as the minutes record it; tracking its progress is actions-service's job. */
@Entity
@jakarta.persistence.Table(name = "item_action")
public class ItemAction extends PanacheEntityBase {

    public enum Source {
        ACTION_COLUMN, TEXT
    }

    @Embeddable
    public static class Assignee {
        public String initials;
        public String name;
    }

    @Id
    public UUID id;

    @ManyToOne(optional = false)
    public Item item;

    public int position;

    public String description;

    /** As written in the minutes: initials such as "JL", or "ALL". */
    @Column(columnDefinition = "text[]")
    public String[] owners;

    @ElementCollection
    @CollectionTable(name = "action_assignee", joinColumns = @JoinColumn(name = "action_id"))
    @OrderColumn(name = "position")
    public List<Assignee> assignees = new ArrayList<>();

    public LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    public Source source;
}
