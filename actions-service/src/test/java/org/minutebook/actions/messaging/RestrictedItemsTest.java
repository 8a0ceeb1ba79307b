package org.minutebook.actions.messaging;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.minutebook.actions.messaging.MeetingScript.action;
import static org.minutebook.actions.messaging.MeetingScript.deferredToNextMeeting;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.minutebook.shared.security.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * A restricted (exempt) item keeps its number and title in public, marked restricted; its actions, the people known
 * only through them and its deferral's note are for officers and clerks. A canary string in the restricted text must
 * not turn up in anything the public can read.
 */
@QuarkusTest
class RestrictedItemsTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final KafkaClients kafka = new KafkaClients();

    @AfterEach
    void closeClients() {
        kafka.close();
    }

    @Test
    void shouldKeepRestrictedItemsActionsAndNotesFromThePublic() {
        String canary = "canary" + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        MeetingScript script = new MeetingScript();
        String open = UUID.randomUUID().toString();
        String secret = UUID.randomUUID().toString();
        MeetingScript.Meeting meeting = script.meeting("2016-06-21", 3)
                .item(1, "9", "Exempt case",
                        deferredToNextMeeting().put("note", "Deferred until the " + canary + " figures arrive"))
                .restricted()
                .item(2, "11", "Operation Raptor", null,
                        action(open, "Arrangements to be made for the Retail Crime Forum.", null, "ACTION_COLUMN",
                                "SJ"))
                .item(3, "12", "Exempt contract", null,
                        action(secret, "Brief the " + canary + " team.", null, "ACTION_COLUMN", "SJ"))
                .restricted();
        MeetingScript.send(kafka, meeting);
        Supplier<RequestSpecification> officer = () -> given().auth().oauth2(TestTokens.officer("Any Officer", null));
        await().atMost(PATIENCE).untilAsserted(() -> officer.get().get("/api/actions/{id}", secret).then()
                .statusCode(200).body("description", is("Brief the " + canary + " team.")));
        // Someone the public would know of only through the restricted item.
        String pat = given().auth().oauth2(TestTokens.clerk()).contentType(ContentType.JSON)
                .body("{\"assignees\":[{\"name\":\"Steve Johnson\",\"organisation\":\"" + script.fireBrigade
                        + "\"},{\"name\":\"Pat " + canary + "\",\"organisation\":\"Confidential Contractor\"}]}")
                .patch("/api/actions/{id}", secret).then().statusCode(200).extract().path("assignees[1].personId");
        String steve = given().get("/api/actions/{id}", open).then().extract().path("assignees[0].personId");
        String deferral = meeting.deferralId(0);

        // The public, and a signed-in caller whose role gives no more than the public has.
        for (Supplier<RequestSpecification> publicly : List.<Supplier<RequestSpecification>>of(() -> given(),
                () -> given().auth().oauth2(TestTokens.withRole("councillor")))) {
            publicly.get().get("/api/actions/{id}", secret).then().statusCode(404)
                    .contentType("application/problem+json");
            publicly.get().queryParam("committee", script.committee).get("/api/actions").then().statusCode(200)
                    .body("total", is(1)).body("results.id", is(List.of(open)))
                    .body(not(containsString(canary)));
            publicly.get().get("/api/people/{id}/actions", steve).then().statusCode(200)
                    .body("total", is(1)).body(not(containsString(canary)));
            publicly.get().queryParam("q", canary).get("/api/people").then().statusCode(200).body("total", is(0));
            publicly.get().get("/api/people/{id}", pat).then().statusCode(404);
            publicly.get().get("/api/people/{id}/actions", pat).then().statusCode(404);
            publicly.get().queryParam("committee", script.committee).get("/api/deferrals").then().statusCode(200)
                    .body("results[0].itemNumber", is("9"))
                    .body("results[0].itemTitle", is("Exempt case"))
                    .body("results[0].restricted", is(true))
                    .body("results[0].note", nullValue())
                    .body(not(containsString(canary)));
            publicly.get().get("/api/deferrals/{id}", deferral).then().statusCode(200)
                    .body("restricted", is(true)).body("note", nullValue());
            mattersArising(publicly.get(), script, "application/json").then().statusCode(200)
                    .body("actions.actionId", is(List.of(open)))
                    .body("deferrals[0].from.itemTitle", is("Exempt case"))
                    .body("deferrals[0].note", nullValue())
                    .body(not(containsString(canary)));
            mattersArising(publicly.get(), script, "text/markdown").then().statusCode(200)
                    .body(containsString("Exempt case"))
                    .body(not(containsString(canary)));
        }

        officer.get().queryParam("committee", script.committee).get("/api/actions").then()
                .body("total", is(2)).body(containsString("Brief the " + canary));
        officer.get().get("/api/people/{id}/actions", steve).then().body("total", is(2));
        officer.get().queryParam("q", canary).get("/api/people").then().body("results.id", is(List.of(pat)));
        officer.get().get("/api/deferrals/{id}", deferral).then()
                .body("note", is("Deferred until the " + canary + " figures arrive"));
        mattersArising(officer.get(), script, "application/json").then()
                .body("actions", hasSize(2))
                .body("deferrals[0].note", containsString(canary));
        mattersArising(given().auth().oauth2(TestTokens.clerk()), script, "text/markdown").then()
                .body(containsString("Brief the " + canary));
    }

    private static Response mattersArising(RequestSpecification request,
            MeetingScript script, String accept) {
        return request.accept(accept).pathParam("c", script.committee).queryParam("before", "2099-01-01")
                .get("/api/committees/{c}/matters-arising");
    }
}
