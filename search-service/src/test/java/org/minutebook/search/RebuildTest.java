package org.minutebook.search;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.minutebook.search.support.Broker.ACTIONS;
import static org.minutebook.search.support.Broker.MEETINGS;
import static org.minutebook.search.support.Broker.publish;
import static org.minutebook.search.support.ContractEvents.ACTION_ASSIGNED;
import static org.minutebook.search.support.ContractEvents.ACTION_COMPLETED;
import static org.minutebook.search.support.ContractEvents.CONTRACT_ITEM_11;
import static org.minutebook.search.support.ContractEvents.DEFERRAL_CARRIED_FORWARD;
import static org.minutebook.search.support.ContractEvents.ITEM_DEFERRED;
import static org.minutebook.search.support.ContractEvents.MEETING_SUPERSEDED;
import static org.minutebook.search.support.ContractEvents.data;
import static org.minutebook.search.support.ContractEvents.republished;
import static org.minutebook.search.support.ContractEvents.uniqueWord;
import static org.minutebook.search.support.SearchApi.awaitMeeting;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.minutebook.search.support.ContractEvents;
import org.minutebook.search.support.ReadModelProbe;
import org.minutebook.search.support.SearchApi;
import org.minutebook.shared.security.TestTokens;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/** POST /api/admin/rebuild: the read models replayed from both topics equal the ones built incrementally. */
@QuarkusTest
class RebuildTest {

    private static final Duration REBUILD_PATIENCE = Duration.ofMinutes(3);

    @Inject
    ReadModelProbe probe;

    @Test
    void shouldRebuildReadModelsIdenticalToTheIncrementalOnes() {
        String word = uniqueWord();
        // Every kind of effect: follow-up from minutes.actions, a restricted item, a superseded record.
        ContractEvents followed = new ContractEvents();
        publish(MEETINGS, followed.meeting("Rebuild Partnership " + word, "2016-06-21"));
        publish(ACTIONS, followed.load(ACTION_ASSIGNED), followed.load(ITEM_DEFERRED),
                followed.load(ACTION_COMPLETED), followed.load(DEFERRAL_CARRIED_FORWARD));
        ContractEvents corrected = new ContractEvents();
        ObjectNode[] first = corrected.meeting("Rebuild Partnership " + word, "2016-07-26");
        data(first[1]).put("restricted", true).put("title", "Exempt case " + word);
        publish(MEETINGS, first);
        ObjectNode[] second = corrected.meeting("Rebuild Partnership " + word, "2016-07-26");
        data(second[2]).put("resolutionId", UUID.randomUUID().toString()).put("text", "the case be closed " + word);
        publish(MEETINGS, corrected.load(MEETING_SUPERSEDED), republished(second[0]), republished(second[1]),
                republished(second[2]));
        awaitMeeting(followed.meetingId(), 2, 1);
        SearchApi.awaitHit(word + " closed", corrected.id(CONTRACT_ITEM_11));

        Map<String, String> incremental = settled();
        Instant requested = Instant.now();
        JsonPath started = asClerk().post("/api/admin/rebuild").then().statusCode(202)
                .header("Location", endsWith("/api/admin/rebuild"))
                .body("state", is("RUNNING")).extract().jsonPath();
        asClerk().post("/api/admin/rebuild").then().statusCode(409).contentType("application/problem+json");

        JsonPath done = await().atMost(REBUILD_PATIENCE).until(
                () -> asClerk().get("/api/admin/rebuild").then().statusCode(200).extract().jsonPath(),
                status -> !"RUNNING".equals(status.getString("state")));
        assertEquals("DONE", done.getString("state"), done.prettify());
        assertEquals(started.getString("startedAt"), done.getString("startedAt"));
        assertTrue(done.getLong("replayed.'minutes.meetings'") >= 12, done.prettify());
        assertTrue(done.getLong("replayed.'minutes.actions'") >= 4, done.prettify());
        assertTrue(probe.oldestWrite("item").isAfter(requested), "every item row was written again");

        assertEquals(incremental, settled());
        // And the live consumers carry on where they were.
        ContractEvents later = new ContractEvents();
        publish(MEETINGS, later.meeting("Rebuild Partnership " + word, "2016-09-13"));
        awaitMeeting(later.meetingId(), 2, 1);
    }

    /** The fingerprint once events still in flight from earlier tests have landed: the same twice, a second apart. */
    private Map<String, String> settled() {
        AtomicReference<Map<String, String>> last = new AtomicReference<>(Map.of());
        return await().atMost(REBUILD_PATIENCE).pollInterval(Duration.ofSeconds(1)).until(
                () -> {
                    Map<String, String> now = probe.fingerprint();
                    return now.equals(last.getAndSet(now)) ? now : null;
                },
                fingerprint -> fingerprint != null);
    }

    private static RequestSpecification asClerk() {
        return given().auth().oauth2(TestTokens.clerk());
    }
}
