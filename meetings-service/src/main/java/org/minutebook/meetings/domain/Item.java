package org.minutebook.meetings.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A numbered agenda item with what was resolved, declared, assigned and deferred under it. */
@Entity
public class Item extends PanacheEntityBase {

    public enum DeferralUntil {
        NEXT_MEETING, DATE, UNSPECIFIED
    }

    @Id
    public UUID id;

    @ManyToOne(optional = false)
    public Meeting meeting;

    public int position;

    public String number;

    public String minuteReference;

    public String title;

    public boolean restricted;

    public String text;

    /** Null when the item was taken, not deferred. */
    @Enumerated(EnumType.STRING)
    public DeferralUntil deferralUntil;

    public LocalDate deferralDate;

    public String deferralNote;

    @OneToMany(mappedBy = "item", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<Resolution> resolutions = new ArrayList<>();

    @OneToMany(mappedBy = "item", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<Declaration> declarations = new ArrayList<>();

    @OneToMany(mappedBy = "item", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<ItemAction> actions = new ArrayList<>();
}
