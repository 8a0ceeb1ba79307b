package org.minutebook.meetings.domain;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A declaration of interest made under an item. */
@Entity
public class Declaration extends PanacheEntityBase {

    @Id
    public UUID id;

    @ManyToOne(optional = false)
    public Item item;

    public int position;

    public String name;

    public String interest;
}
