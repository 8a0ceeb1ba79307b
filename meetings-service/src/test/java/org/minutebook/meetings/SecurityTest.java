package org.minutebook.meetings;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.minutebook.shared.security.EndpointAudit;
import org.minutebook.shared.security.TestTokens;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Who may record, import and read what; restricted items as the public sees them. */
@QuarkusTest
class SecurityTest {

    private static final String CANARY = "CANARY-" + UUID.randomUUID();

    /** The callers of the matrix and what each gets from an endpoint only a clerk may use. */
    private static final Map<String, Integer> CLERK_ONLY = Map.of(
            "anonymous", 401, "garbage token", 401, "officer", 403, "unknown role", 403, "clerk", 201);

    @Test
    void shouldLetOnlyAClerkRecordOrImport() {
        List<String> cells = new ArrayList<>();
        CLERK_ONLY.forEach((caller, expected) -> {
            as(caller).contentType(ContentType.JSON).body(record(caller).toString())
                    .post("/api/meetings").then().statusCode(expected);
            as(caller).contentType("text/markdown")
                    .body(MinutesDocuments.seed("ssp-2016-06-21.md", "Import " + caller + " " + UUID.randomUUID()))
                    .post("/api/meetings/import").then().statusCode(expected);
            // A dry run stores nothing: open to every valid caller.
            as(caller).contentType("text/markdown").queryParam("dryRun", true)
                    .body(MinutesDocuments.seed("ssp-2016-06-21.md", "Dry run"))
                    .post("/api/meetings/import").then().statusCode(caller.equals("garbage token") ? 401 : 200);
            as(caller).contentType("application/zip").body(new byte[]{'P', 'K', 5, 6})
                    .post("/api/meetings/import/archive").then()
                    .statusCode(expected == 201 ? 200 : expected); // the clerk gets a report of an empty archive
            as(caller).get("/api/meetings").then().statusCode(caller.equals("garbage token") ? 401 : 200);
            String draft = Clerk.given().contentType(ContentType.JSON).body(record("draft").toString())
                    .post("/api/meetings").then().statusCode(201).extract().path("id");
            int reader = switch (caller) {
                case "garbage token" -> 401;
                case "officer", "clerk" -> 200;
                default -> 404; // a draft is not there for the public
            };
            as(caller).get("/api/meetings/{id}", draft).then().statusCode(reader);
            as(caller).post("/api/meetings/{id}/publish", draft).then().statusCode(expected == 201 ? 200 : expected);
            Clerk.given().post("/api/meetings/{id}/publish", draft); // for the callers that may not
            as(caller).post("/api/meetings/{id}/approve", draft).then().statusCode(expected == 201 ? 200 : expected);
            cells.add(caller);
        });
        System.out.printf("meetings-service role matrix: %d callers x 8 endpoints = %d cells%n", cells.size(),
                cells.size() * 8);
    }

    @Test
    void shouldAnswerRefusalsAsProblems() {
        given().contentType(ContentType.JSON).body(record("anonymous").toString()).post("/api/meetings")
                .then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer").body("status", equalTo(401));
        as("officer").contentType(ContentType.JSON).body(record("officer").toString()).post("/api/meetings")
                .then().statusCode(403).contentType("application/problem+json").body("status", equalTo(403));
    }

    /** The check is shared (IssuedAtCheck): this says meetings-service has it too. Refused: nothing is stored. */
    @Test
    void shouldRefuseATokenIssuedInTheFuture() {
        String ahead = TestTokens.clerkIssuedIn(Duration.ofMinutes(10));
        ObjectNode record = record("future clerk");
        given().auth().oauth2(ahead).contentType(ContentType.JSON).body(record.toString()).post("/api/meetings")
                .then().statusCode(401).contentType("application/problem+json").header("WWW-Authenticate", "Bearer");
        given().auth().oauth2(ahead).get("/api/meetings").then().statusCode(401);
        given().auth().oauth2(TestTokens.clerkIssuedIn(Duration.ofSeconds(30))).contentType(ContentType.JSON)
                .body(record.toString()).post("/api/meetings").then().statusCode(201);
    }

    @Test
    void shouldShowRestrictedItemsOnlyToOfficersAndClerks() {
        String committee = "Restricted " + UUID.randomUUID();
        ObjectNode meeting = Samples.meetingOf("ssp-2016-06-21", committee);
        int index = 0;
        while (!meeting.withArray("items").get(index).get("number").asText().equals("11")) {
            index++;
        }
        ObjectNode raptor = (ObjectNode) meeting.withArray("items").get(index);
        raptor.put("restricted", true).put("text", "Discussed " + CANARY);
        ((ObjectNode) raptor.withArray("resolutions").get(0)).put("text", "the " + CANARY + " be noted");
        ((ObjectNode) raptor.withArray("actions").get(0)).put("description", "Follow up " + CANARY);
        raptor.putObject("deferral").put("until", "NEXT_MEETING").put("note", "Deferred for " + CANARY);
        String id = Clerk.given().contentType(ContentType.JSON).body(meeting.toString())
                .queryParam("publish", true).post("/api/meetings").then().statusCode(201).extract().path("id");

        String publicRecord = given().get("/api/meetings/{id}", id).then().statusCode(200)
                .body("items[" + index + "].number", equalTo("11"))
                .body("items[" + index + "].title", equalTo("Operation Raptor"))
                .body("items[" + index + "].restricted", equalTo(true))
                .body("items[" + index + "].actions", equalTo(List.of()))
                .extract().asString();
        String publicList = given().queryParam("committee", committee).get("/api/meetings").then().statusCode(200)
                .extract().asString();
        assertThat(publicRecord).doesNotContain(CANARY);
        assertThat(publicList).doesNotContain(CANARY).contains("Operation Raptor");

        for (String caller : List.of("officer", "clerk")) {
            assertThat(as(caller).get("/api/meetings/{id}", id).then().statusCode(200).extract().asString())
                    .contains("Discussed " + CANARY, "the " + CANARY + " be noted", "Follow up " + CANARY,
                            "Deferred for " + CANARY);
        }
    }

    /** Every operation of the OpenAPI document names its Java method, and that method says who may call it. */
    @Test
    void shouldHaveEveryEndpointSayWhoMayCallIt() {
        List<String> operations = EndpointAudit.operations(
                given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().asString());
        System.out.println("meetings-service endpoints: " + operations);
        assertThat(operations).noneMatch(o -> o.endsWith("UNANNOTATED")).contains(
                "POST /api/meetings -> clerk", "GET /api/meetings/{id} -> anyone",
                "POST /api/meetings/import/archive -> clerk", "POST /api/meetings/{id}/publish -> clerk",
                "POST /api/meetings/{id}/approve -> clerk");
    }

    private static RequestSpecification as(String caller) {
        return switch (caller) {
            case "anonymous" -> given();
            case "garbage token" -> given().header("Authorization", "Bearer not.a.token");
            case "officer" -> given().auth().oauth2(TestTokens.officer("Steve Johnson", "Cleveland Police"));
            case "unknown role" -> given().auth().oauth2(TestTokens.withRole("councillor"));
            case "clerk" -> given().auth().oauth2(TestTokens.clerk());
            default -> throw new IllegalArgumentException(caller);
        };
    }

    private static ObjectNode record(String caller) {
        return Samples.meetingOf("ssp-2016-06-21", "Matrix " + caller + " " + UUID.randomUUID());
    }
}
