package org.minutebook.actions.messaging;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.minutebook.actions.messaging.ActionLifecycleTest.patch;
import static org.minutebook.actions.messaging.MeetingScript.action;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.minutebook.actions.service.CappedCount;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** One person across meetings and years, and the filters, totals and order of the action listing. */
@QuarkusTest
class PeopleAndFiltersTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final KafkaClients kafka = new KafkaClients();

    @Inject
    EntityManager em;

    @AfterEach
    void closeClients() {
        kafka.close();
    }

    @Test
    void shouldFindEverythingForOnePersonAcrossYearsAndFilterTheListing() {
        MeetingScript script = new MeetingScript();
        String old = UUID.randomUUID().toString();
        String recent = UUID.randomUUID().toString();
        String later = UUID.randomUUID().toString();
        String someoneElse = UUID.randomUUID().toString();
        // The same man, written differently in 2011 and 2016.
        MeetingScript.send(kafka,
                script.meeting("2011-07-05", 1, "steve  JOHNSON").item(4, "4", "Arson", null,
                        action(old, "Arson figures to the next meeting.", "2011-09-01", "ACTION_COLUMN", "SJ")),
                script.meeting("2016-06-21", 2, "Steve Johnson")
                        .item(2, "2", "Fire Safety", null,
                                action(recent, "Home fire safety checks.", "2016-08-01", "ACTION_COLUMN", "SJ"),
                                action(someoneElse, "Shoplifting report.", "2099-01-01", "ACTION_COLUMN", "JL"))
                        .item(3, "3", "Bonfire Night", null,
                                action(later, "Bonfire plans.", "2016-10-01", "TEXT", "S.J.")));
        await().atMost(PATIENCE).untilAsserted(() -> given().queryParam("committee", script.committee)
                .get("/api/actions").then()
                .body("total", is(4))
                .body("totalIsExact", is(true)));
        // Counting stops one past the cap: the total is then the cap, and says it is a lower bound.
        Map<String, Object> committee = Map.of("c", script.committee);
        String from = "from TrackedAction a where a.committee = :c";
        assertEquals(new CappedCount.Total(3, false), QuarkusTransaction.requiringNew()
                .call(() -> CappedCount.of(em, from, committee, 3)));
        assertEquals(new CappedCount.Total(4, true), QuarkusTransaction.requiringNew()
                .call(() -> CappedCount.of(em, from, committee, 4)));

        String steve = given().get("/api/actions/{id}", recent).then().extract().path("assignees[0].personId");
        given().get("/api/actions/{id}", old).then().body("assignees[0].personId", is(steve));
        given().queryParam("q", "Cllr steve johnson").queryParam("size", 200).get("/api/people").then()
                .statusCode(200)
                .body("results.findAll { it.organisation == '" + script.fireBrigade + "' }.id", contains(steve));
        given().get("/api/people/{id}/actions", steve).then()
                .statusCode(200)
                .body("total", is(3))
                // Newest meeting first, then agenda order.
                .body("results.id", contains(recent, later, old));

        // Filters combine; totals count every match, pages are stable.
        given().queryParam("assignee", "STEVE Johnson").queryParam("organisation", script.fireBrigade.toLowerCase())
                .queryParam("size", 1).queryParam("page", 1)
                .get("/api/actions").then()
                .body("total", is(3))
                .body("results.id", contains(later));
        given().queryParam("assignee", steve).queryParam("dueBefore", "2016-09-01").get("/api/actions").then()
                .body("total", is(2))
                .body("results.id", contains(recent, old));

        patch(recent, "{\"status\":\"DONE\"}").statusCode(200);
        given().queryParam("committee", script.committee.toUpperCase()).queryParam("overdue", "true")
                .get("/api/actions").then()
                .body("total", is(2))
                .body("results.id", contains(later, old))
                .body("results.overdue", contains(true, true));
        given().queryParam("committee", script.committee).queryParam("status", "DONE").get("/api/actions").then()
                .body("results.id", contains(recent));
        given().queryParam("committee", script.committee).queryParam("status", "OPEN").get("/api/actions").then()
                .body("results", hasSize(3));
    }

    @Test
    void shouldRejectBadFilterValuesNamingTheParameter() {
        given().queryParam("dueBefore", "1 July 2016").get("/api/actions").then()
                .statusCode(400)
                .body("violations[0].field", is("dueBefore"));
        given().queryParam("overdue", "yes").get("/api/actions").then()
                .statusCode(400)
                .body("violations[0].field", is("overdue"));
        given().get("/api/people/{id}/actions", UUID.randomUUID()).then().statusCode(404);
    }
}
