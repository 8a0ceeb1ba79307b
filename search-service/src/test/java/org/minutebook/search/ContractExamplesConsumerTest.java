package org.minutebook.search;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.minutebook.search.support.Broker.publish;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.minutebook.search.support.ContractEvents;
import org.minutebook.search.support.ReadModelProbe;
import org.minutebook.shared.contracts.EventContract;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;

/** search-service consumes every example of both topics in the AsyncAPI document: each is applied, none parked. */
@QuarkusTest
class ContractExamplesConsumerTest {

    @Inject
    ReadModelProbe probe;

    @Test
    void shouldApplyEveryExampleOfBothTopics() {
        ContractEvents contract = new ContractEvents();
        List<String> ids = new ArrayList<>();
        for (String topic : List.of(EventContract.MEETINGS, EventContract.ACTIONS)) {
            for (EventContract.Example example : EventContract.load().examples(topic)) {
                // The same fresh ids across all examples (the actions events are about the meeting's item), but the
                // correction voids a meeting of its own: whether an actions event lands before or after a
                // supersession depends on how two topics interleave, and RebuildTest replays them in another order.
                boolean correction = example.type().equals("minutes.meeting.superseded");
                ContractEvents source = correction ? new ContractEvents() : contract;
                ObjectNode event = source.load(topic + "/" + example.name() + ".json");
                publish(topic, event);
                ids.add(event.get("id").asText());
            }
        }
        assertTrue(ids.size() >= 13, "examples fed: " + ids.size());
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            for (String id : ids) {
                assertTrue(probe.processed(id), "example event " + id + " applied");
            }
        });
    }
}
