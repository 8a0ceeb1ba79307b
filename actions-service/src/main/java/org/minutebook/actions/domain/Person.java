package org.minutebook.actions.domain;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Someone actions are assigned to, the same across meetings and years; see PersonKeys for what "same" means. */
@Entity
@Table(name = "person")
public class Person extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String name;

    public String organisation;

    @Column(name = "name_key", nullable = false)
    public String nameKey;

    @Column(name = "org_key", nullable = false)
    public String orgKey;
}
