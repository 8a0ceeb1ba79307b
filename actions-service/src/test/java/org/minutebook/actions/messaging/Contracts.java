package org.minutebook.actions.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.minutebook.actions.messaging.KafkaClients.json;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import org.minutebook.shared.contracts.EventContract;

import com.fasterxml.jackson.databind.JsonNode;

/** Checks a published record against its contract example. */
final class Contracts {

    private Contracts() {
    }

    /** The envelope and data carry at least every field of the contract example, with this service's values. */
    static void assertPublished(ConsumerRecord<String, String> record, String type, String subject,
            String contractFile) {
        EventContract.load().assertValid(EventContract.ACTIONS, record.value());
        JsonNode event = json(record.value());
        assertEquals("1.0", event.get("specversion").asText());
        assertEquals(type, event.get("type").asText());
        assertEquals("/minutebook/actions-service", event.get("source").asText());
        assertEquals(subject, event.get("subject").asText());
        assertEquals("application/json", event.get("datacontenttype").asText());
        assertTrue(event.get("id").asText().matches("[0-9a-f-]{36}"), "CloudEvent id is a UUID");
        assertTrue(event.hasNonNull("time"), "CloudEvent time is set");
        assertEquals("application/cloudevents+json",
                new String(record.headers().lastHeader("content-type").value(), StandardCharsets.UTF_8));

        JsonNode contract = json(ContractEvents.read("/contracts/minutes.actions/" + contractFile));
        assertTrue(fields(event).containsAll(fields(contract)), "envelope fields of " + contractFile);
        assertTrue(fields(event.get("data")).containsAll(fields(contract.get("data"))), "data fields of "
                + contractFile);
    }

    private static Set<String> fields(JsonNode node) {
        Set<String> names = new HashSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
