package org.minutebook.actions.messaging;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.minutebook.actions.domain.Deferral;
import org.minutebook.actions.domain.TrackedAction;
import org.minutebook.shared.contracts.EventContract;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * actions-service consumes every minutes.meetings example of the AsyncAPI document: the item's action and the
 * deferred item are in the register before the correction voids them, and every example is processed, none parked.
 */
@QuarkusTest
class ContractExamplesConsumerTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Inject
    EntityManager em;

    private final KafkaClients kafka = new KafkaClients();

    @AfterEach
    void closeClients() {
        kafka.close();
    }

    @Test
    void shouldApplyEveryMeetingsExample() {
        ContractEvents events = new ContractEvents();
        List<String> ids = new ArrayList<>();
        List<EventContract.Example> examples = EventContract.load().examples(EventContract.MEETINGS);
        for (EventContract.Example example : examples) {
            if (example.type().equals("minutes.meeting.superseded")) {
                awaitRecorded(events);
            }
            String event = events.load("/contracts/minutes.meetings/" + example.name() + ".json");
            kafka.sendEvent(EventContract.MEETINGS, event);
            ids.add(KafkaClients.json(event).get("id").asText());
        }
        assertEquals(examples.size(), ids.size());
        await().atMost(PATIENCE).untilAsserted(() -> {
            for (String id : ids) {
                assertTrue(processed(id), "example event " + id + " applied");
            }
        });
    }

    private void awaitRecorded(ContractEvents events) {
        UUID action = UUID.fromString(events.id(ContractEvents.ACTION_ID));
        UUID deferredItem = UUID.fromString(events.id(ContractEvents.DEFERRED_ITEM_ID));
        // Read in a transaction, asserted outside it: Awaitility retries assertion errors only, not wrapped ones.
        await().atMost(PATIENCE).untilAsserted(() -> {
            assertNotNull(QuarkusTransaction.requiringNew().call(() -> TrackedAction.findById(action)),
                    "the item's action is tracked");
            assertEquals(1L, QuarkusTransaction.requiringNew().call(() -> Deferral.count("itemId", deferredItem)),
                    "the deferred item has a deferral");
        });
    }

    private boolean processed(String eventId) {
        return QuarkusTransaction.requiringNew().call(() -> !em
                .createNativeQuery("SELECT 1 FROM processed_event WHERE event_id = CAST(:id AS uuid)")
                .setParameter("id", eventId).getResultList().isEmpty());
    }
}
