package org.minutebook.search;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.minutebook.search.support.Broker.MEETINGS;
import static org.minutebook.search.support.ContractEvents.uniqueWord;
import static org.minutebook.search.support.SearchApi.PATIENCE;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.minutebook.search.support.Broker;
import org.minutebook.search.support.ContractEvents;
import org.minutebook.search.support.OparlWalk;
import org.minutebook.search.support.ReadModelProbe;
import org.minutebook.search.support.SampleMinutes;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;

/**
 * OParl 1.1 conformance, fed through the real broker: the three sample meetings (samples/*.json) as meetings-service
 * publishes them, item 11 of the 2016 meeting restricted with a canary word in its text and resolution, a draft of
 * the 2017 meeting with another canary in every title and text, and the 2011 meeting corrected so that one item is
 * removed. The walk from the System object follows every URL it finds (objects, lists, all pages); every answer must
 * be 200, every object valid per the OParl 1.1 schemas, and nothing a public view hides reachable.
 */
@QuarkusTest
class OparlConformanceTest {

    @Inject
    ReadModelProbe probe;

    @Test
    void shouldServeAValidOparlTreeThatHidesWhatThePublicMayNotSee() throws Exception {
        String canary = uniqueWord();
        String draftCanary = uniqueWord();
        UUID y2011 = UUID.randomUUID();
        UUID y2016 = UUID.randomUUID();
        UUID y2017 = UUID.randomUUID();
        UUID draft = UUID.randomUUID();
        ObjectNode june = SampleMinutes.record("ssp-2016-06-21.json");
        for (var node : (ArrayNode) june.get("items")) {
            if (node.get("number").asText().equals("11")) {
                ((ObjectNode) node).put("restricted", true).put("text", "The " + canary + " operation was discussed.");
                ((ObjectNode) node.withArray("resolutions").get(0)).put("text", "the " + canary + " report be noted");
            }
        }
        ObjectNode later = SampleMinutes.record("ssp-2017-02-14.json").put("date", "2017-03-14");
        for (var node : (ArrayNode) later.get("items")) {
            ((ObjectNode) node).put("title", node.get("title").asText() + " " + draftCanary)
                    .put("text", "Draft wording " + draftCanary);
        }
        publish(SampleMinutes.events(SampleMinutes.record("ssp-2011-07-05.json"), "PUBLISHED", y2011));
        publish(SampleMinutes.events(june, "APPROVED", y2016));
        publish(SampleMinutes.events(SampleMinutes.record("ssp-2017-02-14.json"), "PUBLISHED", y2017));
        publish(SampleMinutes.events(later, "DRAFT", draft));
        awaitItems(y2011, SampleMinutes.record("ssp-2011-07-05.json").get("items").size());
        awaitItems(y2016, june.get("items").size());
        awaitItems(y2017, later.get("items").size());

        // The 2011 meeting corrected: its last item dropped. A sync since before then sees it deleted.
        Instant beforeCorrection = Instant.now();
        ObjectNode corrected = SampleMinutes.record("ssp-2011-07-05.json");
        ((ArrayNode) corrected.get("items")).remove(corrected.get("items").size() - 1);
        ObjectNode superseded = SampleMinutes.envelope(new ContractEvents().load(ContractEvents.MEETING_SUPERSEDED),
                y2011);
        List<ObjectNode> correction = new ArrayList<>(List.of(superseded));
        correction.addAll(SampleMinutes.events(corrected, "PUBLISHED", y2011));
        publish(correction);
        awaitItems(y2011, corrected.get("items").size());
        String draftDate = later.get("date").asText();
        // search has the draft (or hiding it would prove nothing): a marker after it on its key has been applied.
        String marker = Broker.publishMarker(MEETINGS, draft.toString());
        await().atMost(PATIENCE).until(() -> probe.processed(marker));

        String root = RestAssured.baseURI + ":" + RestAssured.port + "/oparl/v1.1";
        List<String> canaries = List.of(canary, draftCanary, draft.toString(), draftDate);
        OparlWalk walk = new OparlWalk(root, canaries).walk(root);
        System.out.printf("OParl walk: %d URLs answered, %d distinct objects %s, %d schema validations, "
                + "%d violations%n", walk.visited().size(), walk.objectIds().size(), walk.objectsByType(),
                walk.validated(), walk.violations().size());
        assertEquals(Map.of(), walk.violations());
        for (String type : List.of("System", "Body", "Organization", "Person", "Membership", "Meeting", "AgendaItem",
                "Paper", "Consultation")) {
            assertTrue(walk.objectsByType().getOrDefault(type, 0) > 0, "the walk met a " + type);
        }
        for (UUID meeting : List.of(y2011, y2016, y2017)) {
            assertTrue(walk.objectIds().contains(root + "/meeting/" + meeting), "the walk reached " + meeting);
        }
        assertFalse(walk.visited().stream().anyMatch(url -> url.contains(draft.toString())));
        given().get(root + "/meeting/" + draft).then().statusCode(404);

        // The restricted item: its number and title, nothing of its decision, not even that there was one.
        JsonPath meeting = given().get(root + "/meeting/" + y2016).then().statusCode(200).extract().jsonPath();
        String restricted = meeting.getString("agendaItem.find { it.number == '11' }.id");
        JsonPath item = given().get(restricted).then().statusCode(200).extract().jsonPath();
        assertEquals(false, item.getBoolean("public"));
        assertNull(item.get("resolutionText"));
        assertNull(item.get("result"));
        assertNull(item.get("consultation"));
        String itemId = restricted.substring(restricted.lastIndexOf('/') + 1);
        given().get(root + "/paper/" + itemId).then().statusCode(404);
        given().get(root + "/consultation/" + itemId).then().statusCode(404);

        // Incremental sync: the correction's removed item comes back as deleted, and its URL still answers.
        String changes = root + "/body/council/agendaItem?modified_since=" + beforeCorrection + "&elementsPerPage=100";
        OparlWalk sync = new OparlWalk(root, canaries).walk(changes);
        assertEquals(Map.of(), sync.violations());
        List<Map<String, Object>> deleted = given().urlEncodingEnabled(false).get(changes).then().statusCode(200)
                .extract().jsonPath().getList("data.findAll { it.deleted == true }");
        assertFalse(deleted.isEmpty(), "the correction's removed item is listed as deleted");
        for (Map<String, Object> gone : deleted) {
            given().get((String) gone.get("id")).then().statusCode(200).body("deleted", equalTo(true));
        }
        System.out.printf("OParl sync walk since the correction: %d URLs, %d objects, %d deleted, %d violations%n",
                sync.visited().size(), sync.objectIds().size(), deleted.size(), sync.violations().size());
    }

    private static void publish(List<ObjectNode> events) {
        Broker.publish(MEETINGS, events.toArray(ObjectNode[]::new));
    }

    private static void awaitItems(UUID meeting, int items) {
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            var response = given().get("/oparl/v1.1/meeting/{id}", meeting);
            return response.statusCode() == 200 && response.jsonPath().getList("agendaItem").size() == items;
        });
    }
}
