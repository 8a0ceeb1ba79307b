package org.minutebook.actions.messaging;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import org.minutebook.actions.domain.OutboxEvent;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Writes an event to publish in the caller's transaction: it reaches minutes.actions if and only if the change that
 * caused it commits. {@link OutboxRelay} does the publishing.
 */
@ApplicationScoped
public class Outbox {

    static final String SOURCE = "/minutebook/actions-service";
    private static final Object WAKE_UP_REGISTERED = new Object();

    private final ObjectMapper mapper;
    private final TransactionSynchronizationRegistry transactions;
    private final OutboxRelay relay;

    public Outbox(ObjectMapper mapper, TransactionSynchronizationRegistry transactions, OutboxRelay relay) {
        this.mapper = mapper;
        this.transactions = transactions;
        this.relay = relay;
    }

    /** @param subject the action or deferral id: CloudEvent subject and Kafka key, so its events stay in order. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void add(String type, UUID subject, Object data) {
        UUID eventId = UUID.randomUUID();
        Instant now = Instant.now();
        ObjectNode envelope = mapper.createObjectNode()
                .put("specversion", "1.0")
                .put("id", eventId.toString())
                .put("source", SOURCE)
                .put("type", type)
                .put("subject", subject.toString())
                .put("time", now.truncatedTo(ChronoUnit.MILLIS).toString())
                .put("datacontenttype", "application/json");
        envelope.set("data", mapper.valueToTree(data));

        OutboxEvent row = new OutboxEvent();
        row.eventId = eventId;
        row.key = subject.toString();
        row.type = type;
        row.payload = write(envelope);
        row.createdAt = now;
        row.persist();
        wakeRelayAfterCommit();
    }

    private void wakeRelayAfterCommit() {
        if (transactions.getResource(WAKE_UP_REGISTERED) != null) {
            return;
        }
        transactions.putResource(WAKE_UP_REGISTERED, Boolean.TRUE);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    relay.wakeUp();
                }
            }
        });
    }

    private String write(ObjectNode envelope) {
        try {
            return mapper.writeValueAsString(envelope);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write event " + envelope.get("type"), e);
        }
    }
}
