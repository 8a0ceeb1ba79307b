package org.minutebook.search;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.minutebook.shared.security.EndpointAudit;
import org.minutebook.shared.security.TestTokens;

import io.quarkus.test.junit.QuarkusTest;

/** Reads are public (restricted text is withheld in them for everyone); the rebuild is a clerk's. */
@QuarkusTest
class SecurityTest {

    @Test
    void shouldHaveEveryEndpointSayWhoMayCallIt() {
        List<String> operations = EndpointAudit.operations(
                given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().asString());
        System.out.println("search-service endpoints: " + operations);
        assertEquals(List.of(), operations.stream().filter(o -> o.endsWith("UNANNOTATED")).toList());
        assertTrue(operations.containsAll(List.of("POST /api/admin/rebuild -> clerk", "GET /api/search -> anyone",
                "GET /api/stream -> anyone")), operations.toString());
        assertEquals(List.of(), operations.stream()
                .filter(o -> !o.contains("/api/admin/") && !o.endsWith("anyone")).toList());
    }

    @Test
    void shouldLeaveTheRebuildToAClerk() {
        given().post("/api/admin/rebuild").then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer");
        given().get("/api/admin/rebuild").then().statusCode(401);
        given().header("Authorization", "Bearer not.a.token").get("/api/admin/rebuild").then().statusCode(401);
        given().auth().oauth2(TestTokens.officer("Steve Johnson", "Cleveland Police")).post("/api/admin/rebuild")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.withRole("councillor")).get("/api/admin/rebuild").then().statusCode(403);
        given().auth().oauth2(TestTokens.clerk()).get("/api/admin/rebuild").then().statusCode(200);
    }

    /** The check is shared (IssuedAtCheck): this says search-service has it too, on the admin and a public read. */
    @Test
    void shouldRefuseATokenIssuedInTheFuture() {
        String ahead = TestTokens.clerkIssuedIn(Duration.ofMinutes(10));
        given().auth().oauth2(ahead).get("/api/admin/rebuild").then().statusCode(401)
                .contentType("application/problem+json").header("WWW-Authenticate", "Bearer");
        given().auth().oauth2(ahead).get("/api/meetings").then().statusCode(401);
        given().auth().oauth2(TestTokens.clerkIssuedIn(Duration.ofSeconds(30))).get("/api/admin/rebuild").then()
                .statusCode(200);
    }

    @Test
    void shouldAnswerPublicReadsWithOrWithoutAToken() {
        for (String path : List.of("/api/decisions", "/api/people", "/api/topics", "/api/meetings")) {
            given().get(path).then().statusCode(200);
            given().auth().oauth2(TestTokens.officer("Steve Johnson", "Cleveland Police")).get(path).then()
                    .statusCode(200);
        }
        given().queryParam("q", "raptor").get("/api/search").then().statusCode(200);
    }
}
