package org.minutebook.meetings;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * The outbox table as the tests read it. The service itself writes and relays it through the messaging library, by
 * JDBC; this entity exists only in the tests, and only to count and order what they stored.
 */
@Entity
public class OutboxEvent extends PanacheEntityBase {

    @Id
    public Long id;

    public UUID eventId;

    public UUID aggregateId;

    public String type;

    public String payload;

    public Instant createdAt;

    public Instant sentAt;

    /** The propagation fields of the trace the event was appended in, as JSON. */
    public String traceContext;
}
