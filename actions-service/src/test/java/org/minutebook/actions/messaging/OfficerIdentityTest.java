package org.minutebook.actions.messaging;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.minutebook.actions.messaging.MeetingScript.action;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.minutebook.shared.security.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * Issue 17: an officer's action is theirs by the person their account is, never by a name. A namesake in another
 * organisation, or a second account with the same name, may not change it; an officer may not reassign it (and so
 * lock themselves out); a token issued in the future is refused.
 */
@QuarkusTest
class OfficerIdentityTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String PROBLEM = "application/problem+json";

    private final KafkaClients kafka = new KafkaClients();
    private final MeetingScript script = new MeetingScript();

    @AfterEach
    void closeClients() {
        kafka.close();
    }

    @Test
    void shouldLetOnlyTheAssigneeNotTheirNamesakeOfAnotherOrganisationChangeTheAction() {
        String id = steveJohnsonsAction();

        // The same display name, another organisation: another person. By name alone this was a 200.
        patch(TestTokens.officer("Steve Johnson", "Cleveland Police"), id, "{\"note\":\"Namesake\"}")
                .statusCode(403).contentType(PROBLEM);
        patch(TestTokens.officer("steve  JOHNSON", "Cleveland Police"), id, "{\"note\":\"Namesake\"}")
                .statusCode(403);
        patch(TestTokens.officer("Steve Johnson", script.fireBrigade), id, "{\"note\":\"Mine\"}")
                .statusCode(200);

        given().auth().oauth2(TestTokens.clerk()).get("/api/actions/{id}", id).then()
                .body("history.note", contains("Mine"));
    }

    @Test
    void shouldBindAnAccountToItsPersonSoThatASecondAccountWithTheSameNameIsSomeoneElse() {
        String id = steveJohnsonsAction();
        // Organisations cannot tell these two apart: an assignee the minutes name without one.
        String name = "Pat Namesake " + UUID.randomUUID().toString().substring(0, 8);
        patch(TestTokens.clerk(), id, "{\"assignees\":[{\"name\":\"" + name + "\"}]}").statusCode(200);
        String first = "idp-" + UUID.randomUUID();
        String second = "idp-" + UUID.randomUUID();

        patch(TestTokens.officer(first, name, null), id, "{\"note\":\"First account\"}").statusCode(200);
        patch(TestTokens.officer(second, name, null), id, "{\"note\":\"Second account\"}").statusCode(403)
                .contentType(PROBLEM);
        // The binding is the account's, not the name's: the first account stays the person, whatever it is called.
        patch(TestTokens.officer(first, "P. Renamed", null), id, "{\"note\":\"Still me\"}").statusCode(200);

        given().auth().oauth2(TestTokens.clerk()).get("/api/actions/{id}", id).then()
                .body("history.note", contains(null, "First account", "Still me"));
    }

    @Test
    void shouldNotLetAnOfficerReassignTheirActionButLetThemUpdateItsProgress() {
        String id = steveJohnsonsAction();
        String steve = TestTokens.officer("Steve Johnson", script.fireBrigade);

        patch(steve, id, "{\"assignees\":[{\"name\":\"Someone Else\",\"organisation\":\"Nowhere Council\"}],"
                + "\"note\":\"Over to you\"}")
                .statusCode(403)
                .contentType(PROBLEM)
                .body("detail", containsString("a clerk reassigns"));
        // Not even within their organisation, nor to themselves: who holds an action is the record's.
        patch(steve, id, "{\"assignees\":[{\"name\":\"Steve Johnson\",\"organisation\":\"" + script.fireBrigade
                + "\"}]}").statusCode(403);
        given().get("/api/actions/{id}", id).then()
                .body("assignees.name", contains("Steve Johnson"))
                .body("history", empty());

        patch(steve, id, "{\"status\":\"IN_PROGRESS\",\"dueDate\":\"2016-09-01\",\"note\":\"Started\"}")
                .statusCode(200).body("status", is("IN_PROGRESS"));
        patch(TestTokens.clerk(), id, "{\"assignees\":[{\"name\":\"Steven Hume\",\"organisation\":\"SBC\"}]}")
                .statusCode(200).body("assignees.name", contains("Steven Hume"));
        // Reassigned by the clerk, it is no longer Steve's.
        patch(steve, id, "{\"note\":\"Still mine?\"}").statusCode(403);
    }

    @Test
    void shouldRefuseATokenIssuedInTheFutureBeyondTheClockSkew() {
        String id = steveJohnsonsAction();
        String ahead = TestTokens.clerkIssuedIn(Duration.ofMinutes(10));

        given().auth().oauth2(ahead).get("/api/actions/{id}", id).then()
                .statusCode(401)
                .contentType(PROBLEM)
                .header("WWW-Authenticate", containsString("Bearer"));
        patch(ahead, id, "{\"note\":\"From the future\"}").statusCode(401).contentType(PROBLEM);
        // A clock a little ahead is within the skew the expiry check allows too.
        patch(TestTokens.clerkIssuedIn(Duration.ofSeconds(30)), id, "{\"note\":\"Slightly ahead\"}")
                .statusCode(200);
    }

    /** An action the minutes assign to SJ: Steve Johnson of this script's fire brigade. */
    private String steveJohnsonsAction() {
        String id = UUID.randomUUID().toString();
        MeetingScript.send(kafka, script.meeting("2016-06-21", 1).item(1, "11", "Operation Raptor", null,
                action(id, "Arrangements to be made for the Retail Crime Forum.", null, "ACTION_COLUMN", "SJ")));
        await().atMost(PATIENCE).untilAsserted(() -> given().get("/api/actions/{id}", id).then().statusCode(200)
                .body("assignees.organisation", contains(script.fireBrigade)));
        return id;
    }

    private static ValidatableResponse patch(String token, String id, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).patch("/api/actions/{id}", id)
                .then();
    }
}
