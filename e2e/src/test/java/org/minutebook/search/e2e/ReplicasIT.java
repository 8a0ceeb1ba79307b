package org.minutebook.search.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.minutebook.shared.infra.WebhookReceiver;
import org.minutebook.shared.security.Roles;
import org.minutebook.shared.stack.LocalStack;
import org.minutebook.shared.stack.ServiceProcess;
import org.minutebook.shared.stack.StackConfig;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.restassured.path.json.JsonPath;

/**
 * Two replicas each of actions-service and search-service in their consumer groups, sharing the partitions: the live
 * stream delivers every replica's events whichever replica a client is connected to, and a rebuild triggered on one
 * replica while both run (and a clerk records) ends with the read models a replay alone gives.
 */
class ReplicasIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration PATIENCE = Duration.ofMinutes(2);

    private static LocalStack stack;
    private static Probe probe;
    private static ObjectNode sample;
    private static LocalDate nextDate = LocalDate.of(1990, 1, 2);

    @BeforeAll
    static void start() throws Exception {
        stack = LocalStack.start(StackConfig.forTests(E2eStack.PROJECT, Path.of("target", "e2e-replicas")
                .toAbsolutePath()).withConsumerReplicas(2));
        probe = new Probe(stack);
        sample = (ObjectNode) JSON.readTree(Files.readString(E2eStack.PROJECT.resolve("samples/ssp-2016-06-21.json")));
    }

    @AfterAll
    static void stop() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void shouldStreamEveryEventWhicheverReplicaTheClientIsConnectedTo() throws Exception {
        List<ServiceProcess> search = stack.replicas("search-service");
        assertEquals(2, search.size());
        String committee = "Replica Stream " + UUID.randomUUID().toString().substring(0, 8);
        String query = "committee=" + URLEncoder.encode(committee, StandardCharsets.UTF_8);
        try (SseReader first = SseReader.open(search.get(0).baseUrl(), query);
                SseReader second = SseReader.open(search.get(1).baseUrl(), query)) {
            // Until the meetings sit on every partition, so that each replica applies some of them.
            Map<String, String> published = Map.of();
            for (int round = 0; round < 10 && coveredPartitions(published) < probe.partitionCount(); round++) {
                record(committee, 3);
                published = awaitPublished(committee, published.size() + 3);
            }
            Map<String, Set<Integer>> owners = probe.assignment("search-service", "minutes.meetings");
            assertEquals(2, owners.size(), "two members of search-service's group hold its partitions: " + owners);
            assertEquals(probe.partitionCount(), coveredPartitions(published), "the meetings cover every partition");

            Set<String> expected = published.keySet();
            for (SseReader reader : List.of(first, second)) {
                await().atMost(PATIENCE).until(() -> eventIds(reader).containsAll(expected));
            }
            // The same log behind both: each event under the same stream id whichever replica sent it.
            Map<String, Long> viaFirst = sseIds(first, expected);
            assertEquals(viaFirst, sseIds(second, expected));
            System.out.printf("Live stream through two replicas: %d meetings on partitions %s, owners %s, "
                    + "%d events on the first stream, %d on the second%n", published.size(),
                    probe.partitionsOf("minutes.meetings", Set.copyOf(published.values())), owners,
                    first.received().size(), second.received().size());
        }
    }

    /**
     * Both replicas are woken by every commit and both poll, but only the one holding a subscription's lease
     * delivers it: each event the stream sends arrives once, none twice.
     */
    @Test
    void shouldDeliverEachWebhookEventOnceWhileTwoReplicasRun() throws Exception {
        List<ServiceProcess> search = stack.replicas("search-service");
        String committee = "Replica Webhook " + UUID.randomUUID().toString().substring(0, 8);
        String clerk = stack.token(Roles.CLERK, "Replica Clerk", "Democratic Services");
        try (WebhookReceiver receiver = WebhookReceiver.start();
                SseReader stream = SseReader.open(search.get(1).baseUrl(),
                        "committee=" + URLEncoder.encode(committee, StandardCharsets.UTF_8))) {
            receiver.secret(given().baseUri(search.get(0).baseUrl()).auth().oauth2(clerk)
                    .contentType("application/json").body(Map.of("url", receiver.url(), "committee", committee))
                    .post("/api/admin/webhooks").then().statusCode(201).extract().path("secret"));
            Map<String, String> published = Map.of();
            for (int round = 0; round < 10 && coveredPartitions(published) < probe.partitionCount(); round++) {
                record(committee, 3);
                published = awaitPublished(committee, published.size() + 3);
            }
            Set<String> publications = Set.copyOf(published.keySet());
            await().atMost(PATIENCE).pollInterval(Duration.ofSeconds(2)).until(() -> {
                int before = stream.received().size();
                Thread.sleep(1_000);
                Set<String> streamed = eventIds(stream);
                return streamed.size() == before && streamed.containsAll(publications)
                        && receiver.received().stream().map(WebhookReceiver.Received::id).toList()
                                .containsAll(streamed);
            });
            assertEquals(eventIds(stream).size(), receiver.received().size(), "exactly the stream's events");
            assertEquals(0, receiver.duplicates(), "no event delivered by both replicas");
            assertEquals(receiver.received().size(), receiver.requests());
            assertEquals(0, receiver.badSignatures());
            System.out.printf("Webhooks through two replicas: %d meetings on partitions %s, %d events, %d "
                    + "deliveries, %d duplicates%n", published.size(),
                    probe.partitionsOf("minutes.meetings", Set.copyOf(published.values())), eventIds(stream).size(),
                    receiver.requests(), receiver.duplicates());
        }
    }

    @Test
    void shouldRebuildWhileTwoReplicasRunToTheReadModelsOfAReplay() throws Exception {
        List<ServiceProcess> search = stack.replicas("search-service");
        String committee = "Replica Rebuild " + UUID.randomUUID().toString().substring(0, 8);
        record(committee, 6);
        awaitPublished(committee, 6);
        Map<String, String> before = settled();

        // Nothing recorded meanwhile: the rebuild gives back what the two replicas built.
        assertEquals(before, rebuild(search.get(1), search.get(0)), "rebuilt while two replicas run");

        // A clerk records while the first replica rebuilds: the second's consumers wait, then carry on.
        Thread clerk = recordInBackground(committee, 6);
        rebuild(search.get(0), search.get(1));
        clerk.join(PATIENCE.toMillis());
        awaitPublished(committee, 12);
        Map<String, String> afterConcurrent = settled();
        assertNotEquals(before, afterConcurrent, "the later meetings are in");

        // And a replay alone of all of it gives the same read models.
        assertEquals(afterConcurrent, rebuild(search.get(1), search.get(0)), "applied during a rebuild = replayed");
        assertEquals(Set.of(), inFlight(), "every event applied");
        assertEquals(0, probe.deadLettered(), "nothing dead-lettered");
    }

    /** Rebuilds on {@code on}, checks {@code other} refuses a second one and reports the first; the settled result. */
    private Map<String, String> rebuild(ServiceProcess on, ServiceProcess other) throws Exception {
        String clerk = stack.token(Roles.CLERK, "Replica Clerk", "Democratic Services");
        given().baseUri(on.baseUrl()).auth().oauth2(clerk).post("/api/admin/rebuild").then().statusCode(202)
                .body("state", is("RUNNING")).body("instance", is(on.instanceId()));
        // The lock is taken before the 202: another replica refuses a second rebuild and names the one running.
        JsonPath elsewhere = given().baseUri(other.baseUrl()).auth().oauth2(clerk).post("/api/admin/rebuild").then()
                .statusCode(409).contentType("application/problem+json").extract().jsonPath();
        assertTrue(elsewhere.getString("detail").contains(on.instanceId()), elsewhere.prettify());
        JsonPath seen = given().baseUri(other.baseUrl()).auth().oauth2(clerk).get("/api/admin/rebuild").then()
                .statusCode(200).extract().jsonPath();
        JsonPath done = await().atMost(PATIENCE).until(() -> given().baseUri(on.baseUrl()).auth().oauth2(clerk)
                .get("/api/admin/rebuild").then().statusCode(200).extract().jsonPath(),
                status -> !"RUNNING".equals(status.getString("state")));
        assertEquals("DONE", done.getString("state"), done.prettify());
        // Asked while it ran (unless it was over already), the other replica reports it.
        if ("RUNNING".equals(seen.getString("state"))) {
            assertEquals(on.instanceId(), seen.getString("instance"), seen.prettify());
        }
        System.out.printf("Rebuild on %s: replayed %s; %s saw %s, and a second rebuild there: %s%n",
                on.instanceId(), done.getMap("replayed"), other.instanceId(), seen.getString("state"),
                elsewhere.getString("detail"));
        return settled();
    }

    /** The fingerprint once nothing is in flight: every outbox event applied everywhere, the same twice in a row. */
    private Map<String, String> settled() {
        AtomicReference<Map<String, String>> last = new AtomicReference<>(Map.of());
        return await().atMost(PATIENCE).pollInterval(Duration.ofSeconds(1)).until(() -> {
            if (!inFlight().isEmpty()) {
                return null;
            }
            Map<String, String> now = probe.searchFingerprint();
            return now.equals(last.getAndSet(now)) ? now : null;
        }, fingerprint -> fingerprint != null);
    }

    /**
     * What is still in flight: meetings-service's events actions-service has not applied, and either outbox's events
     * search-service has not (actions-service's follow a meeting's by a relay and a consumer more).
     */
    private Set<String> inFlight() throws Exception {
        Set<String> meetings = probe.outbox().keySet();
        Set<String> missing = new HashSet<>(meetings);
        missing.removeAll(probe.applied("actions"));
        Set<String> search = new HashSet<>(meetings);
        search.addAll(probe.outbox("actions").keySet());
        search.removeAll(probe.applied("search"));
        missing.addAll(search);
        return missing;
    }

    private int coveredPartitions(Map<String, String> published) {
        return published.isEmpty() ? 0 : probe.partitionsOf("minutes.meetings", Set.copyOf(published.values())).size();
    }

    private Map<String, String> awaitPublished(String committee, int meetings) {
        return await().atMost(PATIENCE).until(() -> probe.publishedEvents(committee), e -> e.size() >= meetings);
    }

    private static Set<String> eventIds(SseReader reader) {
        Set<String> ids = new HashSet<>();
        reader.received().forEach(r -> ids.add(r.eventId()));
        return ids;
    }

    private static Map<String, Long> sseIds(SseReader reader, Set<String> eventIds) {
        Map<String, Long> ids = new java.util.TreeMap<>();
        reader.received().stream().filter(r -> eventIds.contains(r.eventId()))
                .forEach(r -> ids.put(r.eventId(), r.sseId()));
        return ids;
    }

    private void record(String committee, int meetings) throws InterruptedException {
        recordInBackground(committee, meetings).join(PATIENCE.toMillis());
    }

    private Thread recordInBackground(String committee, int meetings) {
        List<String> batch = new ArrayList<>();
        for (int i = 0; i < meetings; i++, nextDate = nextDate.plusWeeks(1)) {
            batch.add(FaultToleranceIT.meeting(sample, committee, nextDate));
        }
        return new RetryingClerk(stack.url("meetings-service"),
                stack.token(Roles.CLERK, "Replica Clerk", "Democratic Services")).recordInBackground(batch);
    }
}
