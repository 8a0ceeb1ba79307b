package org.minutebook.meetings.messaging;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One event waiting to be (or already) relayed; the id gives the publishing order. */
@Entity
public class OutboxEvent extends PanacheEntityBase {

    // A pooled sequence rather than IDENTITY so a meeting's events are inserted in JDBC batches.
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outbox_event_seq")
    @SequenceGenerator(name = "outbox_event_seq", sequenceName = "outbox_event_id_seq", allocationSize = 50)
    public Long id;

    public UUID eventId;

    public UUID aggregateId;

    public String type;

    public String payload;

    public Instant createdAt;

    public Instant sentAt;
}
