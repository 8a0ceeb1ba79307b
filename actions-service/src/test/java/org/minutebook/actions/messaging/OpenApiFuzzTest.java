package org.minutebook.actions.messaging;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.awaitility.Awaitility.await;
import static org.minutebook.actions.messaging.MeetingScript.action;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.minutebook.actions.domain.ActionChange;
import org.minutebook.actions.domain.Deferral;
import org.minutebook.actions.domain.TrackedAction;
import org.minutebook.shared.fuzz.FuzzReport;
import org.minutebook.shared.fuzz.OpenApiFuzzer;
import org.minutebook.shared.security.TestTokens;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Every operation of actions-service's OpenAPI document under the generated hostile corpus: never a 5xx, every
 * refusal a problem+json, nothing changed by a refused request, and the service ready afterwards.
 */
@QuarkusTest
class OpenApiFuzzTest {

    @TestHTTPResource("/")
    URI base;

    private final KafkaClients kafka = new KafkaClients();

    @AfterEach
    void closeClients() {
        kafka.close();
    }

    @Test
    void shouldAnswerEveryOperationsHostileInputWithAProblemAndChangeNothing() throws Exception {
        MeetingScript script = new MeetingScript();
        String actionId = UUID.randomUUID().toString();
        MeetingScript.Meeting meeting = script.meeting("2016-06-21", 1).item(1, "11", "Operation Raptor", null,
                action(actionId, "Arrangements to be made for the Retail Crime Forum.", "2016-07-19",
                        "ACTION_COLUMN", "SJ"));
        MeetingScript.send(kafka, meeting);
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> given().get("/api/actions/{id}", actionId).then().statusCode(200));
        String personId = given().get("/api/actions/{id}", actionId).then().extract().path("assignees[0].personId");

        FuzzReport report = new OpenApiFuzzer(base, TestTokens.clerk(),
                Map.of("id", actionId, "personId", personId == null ? actionId : personId),
                Map.of("PATCH /api/actions/{id}", "{\"status\":\"IN_PROGRESS\",\"dueDate\":\"2016-08-01\","
                        + "\"note\":\"Started\",\"assignees\":[{\"name\":\"Steve Johnson\",\"organisation\":"
                        + "\"Cleveland Fire Brigade\"}]}"))
                .run(OpenApiFuzzTest::storedRows);

        System.out.println("actions-service OpenAPI fuzz: " + report);
        assertTrue(report.cases() > 500, report.toString());
        assertEquals(java.util.List.of(), report.serverErrors(), "5xx answers");
        assertEquals(java.util.List.of(), report.bodilessErrors(), "errors without a problem body");
        assertEquals(java.util.List.of(), report.partialWrites(), "refused requests that changed something");
        given().get("/q/health/ready").then().statusCode(200);
    }

    private static long storedRows() {
        return QuarkusTransaction.requiringNew()
                .call(() -> TrackedAction.count() + ActionChange.count() + Deferral.count());
    }
}
