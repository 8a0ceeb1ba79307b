package org.minutebook.actions.messaging;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.minutebook.actions.messaging.MeetingScript.action;

import java.time.Duration;
import java.util.UUID;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.minutebook.shared.infra.KeycloakServer;
import org.minutebook.shared.infra.KeycloakTestResource;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * Issue 21: actions-service takes a real Keycloak's tokens (realm roles mapped to clerk and officer, the person and
 * organisation from administrator-set attributes) and refuses them expired, for another audience, from another
 * issuer, or without a Minutebook role. The two officers of the realm share a display name, not an organisation.
 */
@QuarkusTest
@WithTestResource(KeycloakTestResource.class)
class KeycloakTokensTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String PROBLEM = "application/problem+json";
    private static final String FIRE = "Cleveland Fire Brigade";

    private final KafkaClients kafka = new KafkaClients();
    private final MeetingScript script = new MeetingScript();

    @AfterEach
    void closeClients() {
        kafka.close();
    }

    @Test
    void shouldLetTheAssigneeChangeTheirActionButNotTheirNamesakeOfAnotherOrganisation() {
        String id = fireBrigadeAction();
        patch(token(KeycloakServer.CLI_CLIENT, "sjohnson.police"), id, "{\"note\":\"Namesake\"}").statusCode(403)
                .contentType(PROBLEM);
        patch(token(KeycloakServer.CLI_CLIENT, "sjohnson.fire"), id, "{\"status\":\"DONE\"}").statusCode(200)
                .body("status", equalTo("DONE"));
        patch(token(KeycloakServer.CLI_CLIENT, "clerk"), id, "{\"note\":\"Checked\"}").statusCode(200);
        given().get("/api/actions/{id}", id).then().body("history.by", contains("Steve Johnson", "Pat Morgan"));
    }

    @Test
    void shouldRefuseAUserWithoutAMinutebookRole() {
        String id = fireBrigadeAction();
        patch(token(KeycloakServer.CLI_CLIENT, "visitor"), id, "{\"note\":\"Mine?\"}").statusCode(403)
                .contentType(PROBLEM);
    }

    @Test
    void shouldRefuseATokenForAnotherAudience() {
        String id = fireBrigadeAction();
        patch(token(KeycloakServer.OTHER_CLIENT, "sjohnson.fire"), id, "{\"note\":\"Other app\"}").statusCode(401)
                .contentType(PROBLEM).header("WWW-Authenticate", containsString("Bearer"));
    }

    @Test
    void shouldRefuseATokenOfAnotherIssuer() {
        String id = fireBrigadeAction();
        String keycloak = ConfigProvider.getConfig().getValue(KeycloakTestResource.URL_PROPERTY, String.class);
        String elsewhere = KeycloakServer.token(keycloak.replace("localhost", "127.0.0.1"), KeycloakServer.CLI_CLIENT,
                "sjohnson.fire");
        patch(elsewhere, id, "{\"note\":\"Other issuer\"}").statusCode(401).contentType(PROBLEM);
    }

    @Test
    void shouldRefuseATokenOnceItHasExpired() {
        String id = fireBrigadeAction();
        // Two-second tokens: refused once exp and the clock skew have passed, without any change applied.
        String brief = token(KeycloakServer.BRIEF_CLIENT, "sjohnson.fire");
        await().atMost(PATIENCE).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> patch(brief, id,
                "{\"note\":\"Late\"}").statusCode(401).contentType(PROBLEM));
    }

    private static String token(String client, String username) {
        String keycloak = ConfigProvider.getConfig().getValue(KeycloakTestResource.URL_PROPERTY, String.class);
        return KeycloakServer.token(keycloak, client, username);
    }

    /** An action the minutes assign to SJ, Steve Johnson of Cleveland Fire Brigade: the realm's sjohnson.fire. */
    private String fireBrigadeAction() {
        String id = UUID.randomUUID().toString();
        MeetingScript.Meeting meeting = script.meeting("2016-06-21", 1).item(1, "11", "Operation Raptor", null,
                action(id, "Arrangements to be made for the Retail Crime Forum.", null, "ACTION_COLUMN", "SJ"));
        ObjectNode recorded = (ObjectNode) KafkaClients.json(meeting.events.get(0));
        ((ObjectNode) recorded.at("/data/attendance/present/1")).put("organisation", FIRE);
        meeting.events.set(0, recorded.toString());
        MeetingScript.send(kafka, meeting);
        await().atMost(PATIENCE).untilAsserted(() -> given().get("/api/actions/{id}", id).then().statusCode(200)
                .body("assignees.organisation", contains(FIRE)));
        return id;
    }

    private static ValidatableResponse patch(String token, String id, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).patch("/api/actions/{id}", id)
                .then();
    }
}
