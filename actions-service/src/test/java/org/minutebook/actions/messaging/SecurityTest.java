package org.minutebook.actions.messaging;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.minutebook.actions.messaging.MeetingScript.action;
import static org.minutebook.actions.messaging.MeetingScript.deferredToNextMeeting;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.minutebook.shared.security.EndpointAudit;
import org.minutebook.shared.security.TestTokens;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Who may change which action, and what the public sees of restricted items' actions and deferrals. */
@QuarkusTest
class SecurityTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final KafkaClients kafka = new KafkaClients();

    @AfterEach
    void closeClients() {
        kafka.close();
    }

    @Test
    void shouldHaveEveryEndpointSayWhoMayCallIt() {
        List<String> operations = EndpointAudit.operations(
                given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().asString());
        System.out.println("actions-service endpoints: " + operations);
        assertEquals(List.of(), operations.stream().filter(o -> o.endsWith("UNANNOTATED")).toList());
        assertTrue(operations.contains("PATCH /api/actions/{id} -> clerk,officer"), operations.toString());
        assertEquals(List.of(), operations.stream().filter(o -> o.startsWith("GET") && !o.endsWith("anyone")).toList());
    }

    @Test
    void shouldLetClerksAndTheOfficersWhoseActionItIsChangeIt() {
        MeetingScript script = new MeetingScript();
        String id = UUID.randomUUID().toString();
        MeetingScript.send(kafka, script.meeting("2016-06-21", 1).item(1, "11", "Operation Raptor", null,
                action(id, "Arrangements to be made for the Retail Crime Forum.", null, "ACTION_COLUMN", "SJ")));
        await().atMost(PATIENCE).untilAsserted(() -> given().get("/api/actions/{id}", id).then().statusCode(200));

        Map<String, RequestSpecification> callers = new LinkedHashMap<>();
        Map<String, Integer> expected = new LinkedHashMap<>();
        callers.put("anonymous", given());
        expected.put("anonymous", 401);
        callers.put("garbage token", given().header("Authorization", "Bearer not.a.token"));
        expected.put("garbage token", 401);
        callers.put("unknown role", given().auth().oauth2(TestTokens.withRole("councillor")));
        expected.put("unknown role", 403);
        callers.put("officer, not theirs", given().auth().oauth2(TestTokens.officer("Someone Else", "Nowhere")));
        expected.put("officer, not theirs", 403);
        callers.put("officer, assignee", given().auth().oauth2(TestTokens.officer("Cllr Steve  Johnson", null)));
        expected.put("officer, assignee", 200);
        callers.put("officer, same organisation",
                given().auth().oauth2(TestTokens.officer("A Colleague", script.fireBrigade.toUpperCase())));
        expected.put("officer, same organisation", 200);
        callers.put("clerk", given().auth().oauth2(TestTokens.clerk("Claire Sills")));
        expected.put("clerk", 200);

        List<String> cells = new ArrayList<>();
        callers.forEach((caller, request) -> {
            request.contentType(ContentType.JSON).body("{\"note\":\"checked by " + caller + "\"}")
                    .patch("/api/actions/{id}", id).then().statusCode(expected.get(caller));
            cells.add(caller);
        });
        // The history names who made each change from their token, not from anything in the body.
        given().get("/api/actions/{id}", id).then().body("history.by",
                is(List.of("Cllr Steve  Johnson", "A Colleague", "Claire Sills")));
        System.out.printf("actions-service role matrix: %d callers x 1 write endpoint = %d cells%n", cells.size(),
                cells.size());
    }

    @Test
    void shouldKeepRestrictedItemsActionsAndNotesFromThePublic() {
        String canary = "canary" + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        MeetingScript script = new MeetingScript();
        String actionId = UUID.randomUUID().toString();
        ObjectNode deferral = deferredToNextMeeting().put("note", "Deferred until the " + canary + " figures arrive");
        MeetingScript.Meeting meeting = script.meeting("2016-06-21", 2)
                .item(1, "9", "Exempt case", deferral)
                .item(2, "11", "Operation Raptor", null,
                        action(actionId, "Brief the " + canary + " team.", null, "ACTION_COLUMN", "SJ"));
        for (int i = 1; i < meeting.events.size(); i++) {
            ObjectNode event = (ObjectNode) KafkaClients.json(meeting.events.get(i));
            ((ObjectNode) event.get("data")).put("restricted", true);
            meeting.events.set(i, event.toString());
        }
        MeetingScript.send(kafka, meeting);
        RequestSpecification officer = given().auth().oauth2(TestTokens.officer("Any Officer", null));
        await().atMost(PATIENCE).untilAsserted(() -> officer.get("/api/actions/{id}", actionId).then()
                .statusCode(200).body("description", is("Brief the " + canary + " team.")));

        given().get("/api/actions/{id}", actionId).then().statusCode(404).contentType("application/problem+json");
        given().queryParam("committee", script.committee).get("/api/actions").then().statusCode(200)
                .body("total", is(0)).body("results", empty());
        given().queryParam("committee", script.committee).get("/api/deferrals").then().statusCode(200)
                .body("results[0].itemTitle", is("Exempt case"))
                .body("results[0].restricted", is(true))
                .body("results[0].note", nullValue());
        String agenda = given().pathParam("c", script.committee).queryParam("before", "2099-01-01")
                .get("/api/committees/{c}/matters-arising").then().statusCode(200).extract().asString();
        String markdown = given().pathParam("c", script.committee).queryParam("before", "2099-01-01")
                .accept("text/markdown").get("/api/committees/{c}/matters-arising").then().statusCode(200)
                .extract().asString();
        assertFalse(agenda.contains(canary), agenda);
        assertFalse(markdown.contains(canary), markdown);
        assertTrue(agenda.contains("Exempt case"), agenda);

        String officersAgenda = given().auth().oauth2(TestTokens.officer("Any Officer", null))
                .pathParam("c", script.committee).queryParam("before", "2099-01-01")
                .get("/api/committees/{c}/matters-arising").then().statusCode(200).extract().asString();
        assertTrue(officersAgenda.contains("Brief the " + canary) && officersAgenda.contains("the " + canary
                + " figures"), officersAgenda);
        given().auth().oauth2(TestTokens.clerk()).queryParam("committee", script.committee).get("/api/actions")
                .then().body("total", is(1));
    }
}
