package org.minutebook.meetings.domain;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
public class Resolution extends PanacheEntityBase {

    public enum Outcome {
        NOTED, APPROVED, AGREED, DEFERRED, OTHER
    }

    @Id
    public UUID id;

    @ManyToOne(optional = false)
    public Item item;

    public int position;

    public String text;

    @Enumerated(EnumType.STRING)
    public Outcome outcome;
}
