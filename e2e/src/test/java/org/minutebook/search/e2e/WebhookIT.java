package org.minutebook.search.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.minutebook.shared.infra.WebhookReceiver;
import org.minutebook.shared.infra.WebhookReceiver.Received;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.restassured.http.ContentType;

/**
 * Issue 20, webhooks against the packaged services: a receiver started here subscribes (public, and officer) to one
 * committee's events; the sample meeting is recorded with restricted items carrying a canary, then a draft with
 * another; the receiver goes down while a further meeting is recorded, and comes back on the same port. The public
 * subscription gets exactly the events the public live stream sends for the committee, once per event id, each
 * signature verified, in the stream's order per meeting; no canary, no draft. The officer one gets those too.
 */
class WebhookIT {

    private static final Duration PATIENCE = Duration.ofSeconds(180);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void shouldDeliverEveryPublicEventSignedOnceInOrderThroughDowntimeAndNothingThePublicMayNotSee()
            throws Exception {
        String canary = "hookcanary" + UUID.randomUUID().toString().substring(0, 8);
        String draftCanary = "hookdraftcanary" + UUID.randomUUID().toString().substring(0, 8);
        String committee = "Webhook Partnership " + UUID.randomUUID().toString().substring(0, 8);
        String search = E2eStack.url("search-service");
        try (WebhookReceiver receiver = WebhookReceiver.start();
                WebhookReceiver officer = WebhookReceiver.start();
                SseReader stream = SseReader.open(search, "committee="
                        + URLEncoder.encode(committee, StandardCharsets.UTF_8))) {
            String id = subscribe(search, receiver, committee, "public");
            subscribe(search, officer, committee, "officer");

            String meetingId = CanaryMeetings.published(committee, canary);
            String draftId = CanaryMeetings.draft(committee, draftCanary);
            await().atMost(PATIENCE).pollInterval(Duration.ofSeconds(2)).until(() -> settled(stream, receiver));

            receiver.stop();
            String laterId = record(committee, "2016-09-13");
            await().atMost(PATIENCE).until(() -> deliveries(search, id).stream()
                    .anyMatch(d -> ((Number) d.get("attempts")).intValue() >= 2));
            receiver.restart();
            await().atMost(PATIENCE).pollInterval(Duration.ofSeconds(2)).until(() -> settled(stream, receiver)
                    && receiver.received().stream().anyMatch(r -> r.body().contains(laterId)));

            List<String> streamed = stream.received().stream().map(SseReader.Received::eventId).toList();
            List<Received> got = receiver.received();
            assertEquals(Set.copyOf(streamed), got.stream().map(Received::id).collect(Collectors.toSet()),
                    "exactly the public stream's events");
            assertEquals(streamed.size(), got.size(), "once per event id");
            assertEquals(0, receiver.badSignatures());
            Map<String, List<String>> byMeeting = new LinkedHashMap<>();
            for (Received delivery : got) {
                assertEquals("application/cloudevents+json", delivery.contentType());
                for (String hidden : List.of(canary, draftCanary, draftId, CanaryMeetings.DRAFT_DATE)) {
                    assertFalse(delivery.body().contains(hidden), hidden + " in " + delivery.body());
                }
                JsonNode event = JSON.readTree(delivery.body());
                byMeeting.computeIfAbsent(event.path("data").path("meetingId").asText(), m -> new ArrayList<>())
                        .add(delivery.id());
            }
            assertTrue(byMeeting.keySet().containsAll(List.of(meetingId, laterId)), byMeeting.keySet().toString());
            for (List<String> own : byMeeting.values()) {
                assertEquals(streamed.stream().filter(own::contains).toList(), own, "in order per meeting");
            }

            // The officer subscription: the restricted text, the draft, and every public event as well.
            await().atMost(PATIENCE).until(() -> officer.received().stream().map(Received::id).collect(
                    Collectors.toSet()).containsAll(streamed));
            String officerBodies = officer.received().stream().map(Received::body).collect(Collectors.joining());
            assertTrue(officerBodies.contains(canary));
            assertTrue(officerBodies.contains(draftId));
            assertEquals(0, officer.badSignatures());

            int retries = deliveries(search, id).stream()
                    .mapToInt(d -> ((Number) d.get("attempts")).intValue() - 1).sum();
            System.out.printf("Webhook figures (packaged services): events %d (the public stream's, for the "
                    + "committee), deliveries %d (HTTP requests the receiver got), retries %d, duplicates seen by the "
                    + "receiver %d; officer subscription: events %d, deliveries %d, duplicates %d%n", streamed.size(),
                    receiver.requests(), retries, receiver.duplicates(), officer.received().size(),
                    officer.requests(), officer.duplicates());
            assertTrue(retries >= 1, "the downtime was felt");
        }
    }

    /** The receiver has every event the stream sent, and the stream has been quiet for a moment. */
    private static boolean settled(SseReader stream, WebhookReceiver receiver) throws InterruptedException {
        int before = stream.received().size();
        Thread.sleep(1_000);
        List<String> streamed = stream.received().stream().map(SseReader.Received::eventId).toList();
        return !streamed.isEmpty() && streamed.size() == before
                && receiver.received().stream().map(Received::id).collect(Collectors.toSet()).containsAll(streamed);
    }

    private static String subscribe(String search, WebhookReceiver receiver, String committee, String audience) {
        var created = given().baseUri(search).auth().oauth2(E2eStack.clerk()).contentType(ContentType.JSON)
                .body(Map.of("url", receiver.url(), "committee", committee, "audience", audience))
                .post("/api/admin/webhooks").then().statusCode(201).extract().jsonPath();
        receiver.secret(created.getString("secret"));
        return created.getString("subscription.id");
    }

    private static List<Map<String, Object>> deliveries(String search, String id) {
        return given().baseUri(search).auth().oauth2(E2eStack.clerk()).queryParam("size", 1000)
                .get("/api/admin/webhooks/{id}/deliveries", id).then().statusCode(200).extract().jsonPath()
                .getList("$");
    }

    /** The sample meeting again, published, on another date. */
    private static String record(String committee, String date) throws Exception {
        ObjectNode meeting = (ObjectNode) JSON.readTree(
                Files.readString(E2eStack.PROJECT.resolve("samples/ssp-2016-06-21.json")));
        meeting.put("committee", committee).put("date", date);
        return given().baseUri(E2eStack.url("meetings-service")).auth().oauth2(E2eStack.clerk())
                .contentType(ContentType.JSON).body(meeting.toString()).queryParam("publish", true)
                .post("/api/meetings").then().statusCode(201).extract().path("id");
    }
}
