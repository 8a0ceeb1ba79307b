package org.minutebook.actions.messaging;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.minutebook.actions.messaging.MeetingScript.action;
import static org.minutebook.actions.messaging.MeetingScript.deferredToNextMeeting;

import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.minutebook.shared.security.JwtTestResource;
import org.minutebook.shared.security.Roles;
import org.minutebook.shared.security.TestTokens;
import org.minutebook.shared.security.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;

/**
 * Every endpoint against every kind of caller: who gets in, who is refused, and how. No token, or one that does not
 * verify, on a write is 401; a valid token without the role, or an officer changing an action that is not theirs, is
 * 403. Reads are public, but a token that does not verify is 401 there too: the caller meant to sign in, and an
 * officer whose token has expired should be told rather than silently shown the public view.
 */
@QuarkusTest
class SecurityMatrixTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String PROBLEM = "application/problem+json";

    private final KafkaClients kafka = new KafkaClients();
    private final MeetingScript script = new MeetingScript();
    /** The callers, in the order of the expected statuses in each row. */
    private final Map<String, Supplier<RequestSpecification>> callers = new LinkedHashMap<>();
    private final List<String> mismatches = new ArrayList<>();
    private int cells;

    @AfterEach
    void closeClients() {
        kafka.close();
    }

    @Test
    void shouldLetEachCallerDoWhatTheirRoleAllowsAndRefuseTheRest() {
        String theirs = UUID.randomUUID().toString();
        String restricted = UUID.randomUUID().toString();
        MeetingScript.Meeting meeting = script.meeting("2016-06-21", 3)
                .item(1, "9", "Community Safety Plan", deferredToNextMeeting())
                .item(2, "11", "Operation Raptor", null,
                        action(theirs, "Arrangements to be made for the Retail Crime Forum.", null, "ACTION_COLUMN",
                                "SJ"))
                .item(3, "12", "Exempt case", null,
                        action(restricted, "Brief the team.", null, "ACTION_COLUMN", "JL"))
                .restricted();
        MeetingScript.send(kafka, meeting);
        await().atMost(PATIENCE).untilAsserted(() -> {
            given().get("/api/actions/{id}", theirs).then().statusCode(200);
            given().auth().oauth2(TestTokens.clerk()).get("/api/actions/{id}", restricted).then().statusCode(200);
        });
        String deferral = meeting.deferralId(0);
        String steve = given().get("/api/actions/{id}", theirs).then().extract().path("assignees[0].personId");
        String committee = script.committee;

        String forged = forgedClerk();
        String expired = expiredClerk();
        callers.put("anonymous", () -> given());
        callers.put("garbage token", () -> given().header("Authorization", "Bearer not.a.token"));
        callers.put("clerk token signed by another key", () -> given().auth().oauth2(forged));
        callers.put("expired clerk token", () -> given().auth().oauth2(expired));
        callers.put("unknown role", () -> given().auth().oauth2(TestTokens.withRole("councillor")));
        callers.put("officer, another organisation",
                () -> given().auth().oauth2(TestTokens.officer("Someone Else", "Nowhere Council")));
        callers.put("officer, the assignee",
                () -> given().auth().oauth2(TestTokens.officer("Steve Johnson", script.fireBrigade)));
        callers.put("officer, the assignee's organisation",
                () -> given().auth().oauth2(TestTokens.officer("A Colleague", script.fireBrigade.toUpperCase())));
        callers.put("clerk", () -> given().auth().oauth2(TestTokens.clerk("Claire Sills")));

        // anonymous, garbage, forged, expired, unknown role, officer elsewhere, assignee, same organisation, clerk
        row("GET /api/actions", r -> r.queryParam("committee", committee).get("/api/actions"),
                200, 401, 401, 401, 200, 200, 200, 200, 200);
        row("GET /api/actions/{id}", r -> r.get("/api/actions/{id}", theirs),
                200, 401, 401, 401, 200, 200, 200, 200, 200);
        row("GET /api/actions/{id} (restricted item)", r -> r.get("/api/actions/{id}", restricted),
                404, 401, 401, 401, 404, 200, 200, 200, 200);
        row("PATCH /api/actions/{id}", r -> patch(r, theirs),
                401, 401, 401, 401, 403, 403, 200, 200, 200);
        row("PATCH /api/actions/{id} (restricted, someone else's)", r -> patch(r, restricted),
                401, 401, 401, 401, 403, 403, 403, 403, 200);
        row("GET /api/deferrals", r -> r.queryParam("committee", committee).get("/api/deferrals"),
                200, 401, 401, 401, 200, 200, 200, 200, 200);
        row("GET /api/deferrals/{id}", r -> r.get("/api/deferrals/{id}", deferral),
                200, 401, 401, 401, 200, 200, 200, 200, 200);
        row("GET /api/people", r -> r.queryParam("q", "Steve Johnson").get("/api/people"),
                200, 401, 401, 401, 200, 200, 200, 200, 200);
        row("GET /api/people/{id}", r -> r.get("/api/people/{id}", steve),
                200, 401, 401, 401, 200, 200, 200, 200, 200);
        row("GET /api/people/{id}/actions", r -> r.get("/api/people/{id}/actions", steve),
                200, 401, 401, 401, 200, 200, 200, 200, 200);
        row("GET /api/committees/{committee}/matters-arising", r -> mattersArising(r, committee, "application/json"),
                200, 401, 401, 401, 200, 200, 200, 200, 200);
        row("GET /api/committees/{committee}/matters-arising (Markdown)",
                r -> mattersArising(r, committee, "text/markdown"),
                200, 401, 401, 401, 200, 200, 200, 200, 200);

        System.out.printf("actions-service role matrix: %d endpoint rows x %d callers = %d cells%n", cells
                / callers.size(), callers.size(), cells);
        assertEquals(List.of(), mismatches);

        // The history names who made each change from their token; nothing in the body says who.
        given().auth().oauth2(TestTokens.clerk()).get("/api/actions/{id}", theirs).then()
                .body("history.by", is(List.of("Steve Johnson", "A Colleague", "Claire Sills")));
        given().auth().oauth2(TestTokens.clerk()).get("/api/actions/{id}", restricted).then()
                .body("history.by", is(List.of("Claire Sills")));
    }

    @Test
    void shouldSayWhyAnOfficerMayNotChangeSomeoneElsesAction() {
        String id = UUID.randomUUID().toString();
        MeetingScript.send(kafka, script.meeting("2016-06-21", 1).item(1, "11", "Operation Raptor", null,
                action(id, "Arrangements to be made for the Retail Crime Forum.", null, "ACTION_COLUMN", "SJ")));
        await().atMost(PATIENCE).untilAsserted(() -> given().get("/api/actions/{id}", id).then().statusCode(200));

        patch(given().auth().oauth2(TestTokens.officer("Someone Else", "Nowhere Council")), id).then()
                .statusCode(403)
                .contentType(PROBLEM)
                .body("detail", containsString("assigned to them or to their organisation"));
        patch(given(), id).then()
                .statusCode(401)
                .contentType(PROBLEM)
                .header("WWW-Authenticate", containsString("Bearer"));
        patch(given().header("Authorization", "Bearer not.a.token"), id).then()
                .statusCode(401)
                .header("WWW-Authenticate", containsString("Bearer"))
                .contentType(PROBLEM);
    }

    /** One endpoint, called by every caller in turn; a wrong status is noted, not thrown, to show the whole matrix. */
    private void row(String endpoint, Function<RequestSpecification, Response> call, int... expected) {
        assertEquals(callers.size(), expected.length, endpoint + ": one expected status per caller");
        int i = 0;
        for (Map.Entry<String, Supplier<RequestSpecification>> caller : callers.entrySet()) {
            int status = call.apply(caller.getValue().get()).statusCode();
            if (status != expected[i]) {
                mismatches.add(endpoint + " as " + caller.getKey() + ": expected " + expected[i] + ", got " + status);
            }
            i++;
            cells++;
        }
    }

    private static Response patch(RequestSpecification request, String id) {
        return request.contentType(ContentType.JSON).body("{\"note\":\"Checked\"}").patch("/api/actions/{id}", id);
    }

    private static Response mattersArising(RequestSpecification request, String committee, String accept) {
        return request.accept(accept).pathParam("c", committee).queryParam("before", "2099-01-01")
                .get("/api/committees/{c}/matters-arising");
    }

    /** Well-formed and claiming the clerk role, but signed with a key the service has never seen. */
    private static String forgedClerk() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return Jwt.issuer(Tokens.DEV_ISSUER).upn("Mallory").groups(Roles.CLERK).expiresIn(Duration.ofHours(1))
                    .jws().keyId("minutebook-dev").sign(generator.generateKeyPair().getPrivate());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Signed with the right key, but an hour past its expiry. */
    private static String expiredClerk() {
        Path key = Path.of(ConfigProvider.getConfig().getValue(JwtTestResource.PRIVATE_KEY_PROPERTY, String.class));
        return Tokens.mint(key, Tokens.DEV_ISSUER, Roles.CLERK, "Claire Sills", null, Duration.ofHours(-1));
    }
}
