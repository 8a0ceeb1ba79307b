package org.minutebook.search;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.minutebook.search.support.Broker.ACTIONS;
import static org.minutebook.search.support.Broker.MEETINGS;
import static org.minutebook.search.support.Broker.publish;
import static org.minutebook.search.support.ContractEvents.ACTION_ASSIGNED;
import static org.minutebook.search.support.ContractEvents.CONTRACT_ITEM_9;
import static org.minutebook.search.support.ContractEvents.data;
import static org.minutebook.search.support.ContractEvents.uniqueWord;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.minutebook.search.support.ContractEvents;
import org.minutebook.search.support.WebhookApi;
import org.minutebook.shared.infra.WebhookReceiver;
import org.minutebook.shared.infra.WebhookReceiver.Received;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Issue 20, webhooks: a receiver started here gets every public event of a committee once per event id, each
 * signature verified with the secret shown at registration, in order per meeting through its own downtime, and never
 * a draft's events or a restricted item's text; an officer subscription gets them as consumed.
 */
@QuarkusTest
class WebhookTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void shouldDeliverEveryPublicEventSignedOnceAndInOrderThroughTheReceiversDowntime() throws Exception {
        String committee = "Webhook Board " + uniqueWord();
        String secretWord = uniqueWord();
        try (WebhookReceiver receiver = WebhookReceiver.start(); WebhookReceiver officer = WebhookReceiver.start()) {
            String id = subscribe(receiver, Map.of("url", receiver.url(), "committee", committee));
            String officerId = subscribe(officer, Map.of("url", officer.url(), "committee", committee, "audience",
                    "officer"));

            // A public meeting; one with a restricted item, its resolution and its action; a draft.
            ContractEvents open = new ContractEvents();
            ObjectNode[] first = open.meeting(committee, "2017-01-10");
            ContractEvents exempt = new ContractEvents();
            ObjectNode[] second = exempt.meeting(committee, "2017-02-14");
            data(second[1]).put("restricted", true).put("text", "Confidential " + secretWord);
            data(second[2]).put("restricted", true).put("text", "the offender " + secretWord + " be referred");
            ObjectNode restrictedAction = exempt.load(ACTION_ASSIGNED);
            data(restrictedAction).put("committee", committee).put("description", "Tell " + secretWord);
            ObjectNode publicAction = exempt.load(ACTION_ASSIGNED);
            publicAction.put("id", UUID.randomUUID().toString());
            data(publicAction).put("committee", committee).put("actionId", UUID.randomUUID().toString())
                    .put("itemId", exempt.id(CONTRACT_ITEM_9)).put("itemNumber", "9");
            ContractEvents draft = new ContractEvents();
            ObjectNode[] third = draft.meeting(committee, "2017-03-14");
            data(third[0]).put("status", "DRAFT");

            publish(MEETINGS, first);
            publish(MEETINGS, second);
            publish(MEETINGS, third);
            awaitReceived(receiver, second[3]);
            // The two topics are not ordered against each other: the actions go once the items are in.
            publish(ACTIONS, restrictedAction, publicAction);
            awaitReceived(receiver, publicAction);

            // Down: the next meeting waits at the head of the queue, retried with backoff, until it is back.
            receiver.stop();
            ContractEvents later = new ContractEvents();
            ObjectNode[] fourth = later.meeting(committee, "2017-04-11");
            publish(MEETINGS, fourth);
            await().atMost(PATIENCE).until(() -> WebhookApi.deliveries(id).stream()
                    .anyMatch(d -> ((Number) d.get("attempts")).intValue() >= 2));
            receiver.restart();
            awaitReceived(receiver, fourth[3]);
            awaitReceived(officer, fourth[3]);
            // The actions topic is consumed apart from the meetings topic: its events may enter the stream after the
            // fourth meeting's, so the officer subscription is awaited for them and for the draft as well.
            awaitReceived(officer, restrictedAction);
            for (ObjectNode event : third) {
                awaitReceived(officer, event);
            }

            List<ObjectNode> expected = new ArrayList<>();
            Stream.of(first, second).forEach(events -> expected.addAll(Arrays.asList(events)));
            expected.add(publicAction);
            expected.addAll(Arrays.asList(fourth));
            // Meetings on different partitions, and the two topics, enter the stream in either order: wait for every
            // expected event, then check there is nothing else and nothing twice.
            for (ObjectNode event : expected) {
                awaitReceived(receiver, event);
            }
            List<Received> got = receiver.received();
            List<String> gotIds = got.stream().map(Received::id).toList();
            assertEquals(ids(expected).stream().sorted().toList(), gotIds.stream().sorted().toList(),
                    "every public event once");
            // Meetings on different partitions may commit in either order; each meeting's events come in order.
            for (ObjectNode[] meeting : List.of(first, second, fourth)) {
                List<String> own = ids(Arrays.asList(meeting));
                assertEquals(own, gotIds.stream().filter(own::contains).toList(), "in order per meeting");
            }
            assertEquals(0, receiver.badSignatures());
            for (Received delivery : got) {
                assertEquals("application/cloudevents+json", delivery.contentType());
                assertFalse(delivery.body().contains(secretWord), delivery.body());
                assertFalse(delivery.body().contains(draft.meetingId()), delivery.body());
                assertTrue(Math.abs(Instant.now().getEpochSecond() - delivery.timestamp()) < 300);
                JsonNode event = MAPPER.readTree(delivery.body());
                assertEquals("1.0", event.get("specversion").asText());
                assertEquals(delivery.id(), event.get("id").asText());
            }
            JsonNode restrictedItem = body(got, second[1]).get("data");
            assertTrue(restrictedItem.get("restricted").asBoolean());
            assertFalse(restrictedItem.has("text"));

            // The officer subscription: the restricted item's text and its action too; a draft is for officers.
            List<String> officerIds = officer.received().stream().map(Received::id).toList();
            assertTrue(officerIds.contains(restrictedAction.get("id").asText()));
            assertTrue(body(officer.received(), second[1]).get("data").get("text").asText().contains(secretWord));
            assertTrue(officerIds.containsAll(ids(Arrays.asList(third))));
            assertEquals(0, officer.badSignatures());

            int events = expected.size();
            System.out.printf("Webhook figures: events %d (public subscription), deliveries %d (HTTP requests "
                    + "received), retries %d, duplicates seen by the receiver %d; officer subscription: events %d, "
                    + "deliveries %d, duplicates %d%n", events, receiver.requests(), WebhookApi.retries(id),
                    receiver.duplicates(), officerIds.size(), officer.requests(), officer.duplicates());
            assertTrue(WebhookApi.retries(id) >= 1, "the downtime was felt");
            assertEquals(events, WebhookApi.deliveries(id).stream()
                    .filter(d -> "delivered".equals(d.get("status"))).count());
            assertEquals(0, WebhookApi.subscription(id).getInt("consecutiveFailures"));
            assertEquals(0, WebhookApi.deliveries(officerId).stream()
                    .filter(d -> !"delivered".equals(d.get("status"))).count());
        }
    }

    @Test
    void shouldDisableAfterConsecutiveFailuresResumeWhenEnabledAndRedeliverOnRequest() throws Exception {
        String committee = "Failing Hook " + uniqueWord();
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            receiver.failing(true);
            String id = subscribe(receiver, Map.of("url", receiver.url(), "committee", committee, "types",
                    List.of("minutes.item.recorded", "minutes.meeting.recorded")));
            ContractEvents contract = new ContractEvents();
            ObjectNode[] events = contract.meeting(committee, "2017-05-09");
            publish(MEETINGS, events);

            await().atMost(PATIENCE).until(() -> !WebhookApi.subscription(id).getBoolean("enabled"));
            var disabled = WebhookApi.subscription(id);
            assertEquals(10, disabled.getInt("consecutiveFailures"), "minutebook.webhooks.disable-after in tests");
            assertTrue(disabled.getString("disabledReason").contains("HTTP 500"));
            List<Map<String, Object>> log = WebhookApi.deliveries(id);
            assertEquals(1, log.size(), "head of line: nothing after the first event was tried");
            assertEquals("failed", log.get(0).get("status"));
            assertEquals(10, log.get(0).get("attempts"));
            assertEquals(500, log.get(0).get("lastStatus"));
            assertEquals(events[0].get("id").asText(), log.get(0).get("eventId"));
            assertFalse(log.get(0).containsKey("body"), "the body is kept for redelivery, not shown");

            // Back: enabling delivers the event it gave up on, then the rest in order; the resolution is not asked
            // for.
            receiver.failing(false);
            WebhookApi.post(id + "/enable").statusCode(200);
            awaitReceived(receiver, events[3]);
            assertEquals(ids(List.of(events[0], events[1], events[3])),
                    receiver.received().stream().map(Received::id).toList());

            // On request: one event again (the receiver drops it as a duplicate), and all failed (none now).
            WebhookApi.post(id + "/deliveries/" + events[1].get("id").asText() + "/redeliver").statusCode(202);
            await().atMost(PATIENCE).until(() -> receiver.duplicates() == 1);
            WebhookApi.post(id + "/redeliver-failed").statusCode(202).body("requeued", org.hamcrest.Matchers.is(0));
            WebhookApi.post(id + "/deliveries/" + UUID.randomUUID() + "/redeliver").statusCode(404);
            System.out.printf("Webhook disabling: %d requests, %d retries, %d duplicates seen by the receiver%n",
                    receiver.requests(), WebhookApi.retries(id), receiver.duplicates());

            WebhookApi.post(id + "/disable").statusCode(200).body("enabled", org.hamcrest.Matchers.is(false));
            given().auth().oauth2(org.minutebook.shared.security.TestTokens.clerk()).delete(WebhookApi.PATH + "/" + id)
                    .then().statusCode(204);
            given().auth().oauth2(org.minutebook.shared.security.TestTokens.clerk()).get(WebhookApi.PATH + "/" + id)
                    .then().statusCode(404);
        }
    }

    /**
     * Another replica holds the subscription's lease, as its row says: this one delivers nothing until the lease
     * lapses, then takes over from the same cursor.
     */
    @Test
    void shouldLeaveASubscriptionAnotherReplicaHoldsUntilItsLeaseLapses() throws Exception {
        String committee = "Leased Hook " + uniqueWord();
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            String id = subscribe(receiver, Map.of("url", receiver.url(), "committee", committee));
            var config = org.eclipse.microprofile.config.ConfigProvider.getConfig();
            try (java.sql.Connection other = java.sql.DriverManager.getConnection(
                    config.getValue("quarkus.datasource.jdbc.url", String.class),
                    config.getValue("quarkus.datasource.username", String.class),
                    config.getValue("quarkus.datasource.password", String.class));
                    var lease = other.prepareStatement("UPDATE webhook_subscription SET lease_owner = 'other-replica', "
                            + "lease_until = now() + interval '4 seconds' WHERE id = CAST(? AS uuid)")) {
                lease.setString(1, id);
                assertEquals(1, lease.executeUpdate());
            }
            Instant leased = Instant.now();
            ObjectNode[] events = new ContractEvents().meeting(committee, "2017-06-13");
            publish(MEETINGS, events);
            awaitReceived(receiver, events[3]);
            assertTrue(Duration.between(leased, Instant.now()).toMillis() >= 3500,
                    "delivered only once the other replica's lease had lapsed");
            assertEquals(ids(Arrays.asList(events)), receiver.received().stream().map(Received::id).toList());
            assertEquals(0, receiver.duplicates());
        }
    }

    @Test
    void shouldRefuseBadRegistrationsNamingTheFieldAndAnyoneButAClerk() {
        assertViolation(Map.of("url", "ftp://example.org/hook"), "url");
        assertViolation(Map.of("url", "not a url"), "url");
        assertViolation(Map.of("url", "https://user:pw@example.org/hook"), "url");
        assertViolation(Map.of("committee", "Board"), "url");
        assertViolation(Map.of("url", "https://example.org/hook", "types", List.of("minutes.item.recorded",
                "minutes.item.exploded")), "types[1]");
        assertViolation(Map.of("url", "https://example.org/hook", "audience", "everyone"), "audience");
        given().contentType("application/json").body("{\"url\":\"https://example.org/hook\"}")
                .post(WebhookApi.PATH).then().statusCode(401);
        given().auth().oauth2(org.minutebook.shared.security.TestTokens.officer("Jo Bloggs", "Council"))
                .contentType("application/json").body("{\"url\":\"https://example.org/hook\"}")
                .post(WebhookApi.PATH).then().statusCode(403);
        given().auth().oauth2(org.minutebook.shared.security.TestTokens.clerk()).get(WebhookApi.PATH + "/nope")
                .then().statusCode(400);
    }

    private static void assertViolation(Map<String, Object> registration, String field) {
        WebhookApi.register(registration).statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem(field));
    }

    /** Registers and checks the secret is shown once, in Standard Webhooks form, and never again. */
    private static String subscribe(WebhookReceiver receiver, Map<String, Object> registration) {
        var created = WebhookApi.register(new LinkedHashMap<>(registration)).statusCode(201).extract().jsonPath();
        String secret = created.getString("secret");
        assertTrue(secret.startsWith("whsec_"), secret);
        assertTrue(Base64.getDecoder().decode(secret.substring(6)).length >= 24);
        receiver.secret(secret);
        String id = created.getString("subscription.id");
        given().auth().oauth2(org.minutebook.shared.security.TestTokens.clerk()).get(WebhookApi.PATH).then()
                .statusCode(200).body("id", hasItem(id)).body("find { it.id == '" + id + "' }", not(hasKey("secret")));
        Map<String, Object> shown = WebhookApi.subscription(id).getMap("$");
        assertFalse(shown.containsKey("secret"));
        assertFalse(shown.containsKey("cursor"), "internal");
        return id;
    }

    private static void awaitReceived(WebhookReceiver receiver, ObjectNode event) {
        String eventId = event.get("id").asText();
        await().atMost(PATIENCE).until(() -> receiver.has(eventId));
    }

    private static List<String> ids(List<ObjectNode> events) {
        return events.stream().map(e -> e.get("id").asText()).toList();
    }

    private static JsonNode body(List<Received> received, ObjectNode event) throws Exception {
        String eventId = event.get("id").asText();
        return MAPPER.readTree(received.stream().filter(r -> r.id().equals(eventId)).findFirst().orElseThrow()
                .body());
    }
}
