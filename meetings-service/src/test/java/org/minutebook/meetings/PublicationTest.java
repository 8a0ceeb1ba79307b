package org.minutebook.meetings;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.minutebook.shared.security.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** A record is a draft until a clerk publishes it, and approved once agreed as a true record. */
@QuarkusTest
class PublicationTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void shouldKeepADraftFromThePublicUntilAClerkPublishesIt() {
        String committee = "Publication " + UUID.randomUUID();
        String id = record(committee);

        given().get("/api/meetings/{id}", id).then().statusCode(404).contentType(PROBLEM);
        given().queryParam("committee", committee).get("/api/meetings").then().body("total", equalTo(0));
        given().auth().oauth2(TestTokens.officer("Steve Johnson", "Cleveland Police")).get("/api/meetings/{id}", id)
                .then().statusCode(200).body("status", equalTo("DRAFT"));
        Clerk.given().queryParam("committee", committee).queryParam("status", "DRAFT").get("/api/meetings")
                .then().body("total", equalTo(1)).body("results[0].id", equalTo(id));

        Clerk.given().post("/api/meetings/{id}/publish", id).then().statusCode(200).body("status",
                equalTo("PUBLISHED"));

        given().get("/api/meetings/{id}", id).then().statusCode(200).body("status", equalTo("PUBLISHED"));
        given().queryParam("committee", committee).get("/api/meetings").then().body("results.id", hasItem(id));
        Clerk.given().queryParam("committee", committee).queryParam("status", "DRAFT").get("/api/meetings")
                .then().body("results.id", not(hasItem(id)));
    }

    @Test
    void shouldApproveOnlyPublishedMinutesAndSayWhyNot() {
        String id = record("Approval " + UUID.randomUUID());

        Clerk.given().post("/api/meetings/{id}/approve", id).then().statusCode(409).contentType(PROBLEM)
                .body("currentStatus", equalTo("DRAFT"));
        Clerk.given().post("/api/meetings/{id}/publish", id).then().statusCode(200);
        Clerk.given().post("/api/meetings/{id}/publish", id).then().statusCode(409)
                .body("currentStatus", equalTo("PUBLISHED"));
        Clerk.given().post("/api/meetings/{id}/approve", id).then().statusCode(200)
                .body("status", equalTo("APPROVED"));
        Clerk.given().post("/api/meetings/{id}/approve", id).then().statusCode(409)
                .body("currentStatus", equalTo("APPROVED"));
        given().get("/api/meetings/{id}", id).then().statusCode(200).body("status", equalTo("APPROVED"));
        Clerk.given().post("/api/meetings/{id}/publish", UUID.randomUUID()).then().statusCode(404)
                .contentType(PROBLEM);
    }

    @Test
    void shouldKeepTheStatusWhenACorrectionSupersedesTheRecord() {
        String committee = "Correction " + UUID.randomUUID();
        String id = record(committee);
        Clerk.given().post("/api/meetings/{id}/publish", id).then().statusCode(200);

        Clerk.given().queryParam("replace", true).contentType("text/markdown")
                .body(MinutesDocuments.seed("ssp-2016-06-21.md", committee))
                .post("/api/meetings/import").then().statusCode(201)
                .body("id", equalTo(id)).body("status", equalTo("PUBLISHED"));
    }

    @Test
    void shouldRejectAnUnknownStatusFilterNamingIt() {
        Clerk.given().queryParam("status", "SECRET").get("/api/meetings").then().statusCode(400)
                .contentType(PROBLEM).body("violations[0].field", equalTo("status"));
    }

    private static String record(String committee) {
        return Clerk.given().contentType(ContentType.JSON).body(Samples.meetingOf("ssp-2016-06-21", committee))
                .post("/api/meetings").then().statusCode(201).body("status", equalTo("DRAFT")).extract().path("id");
    }
}
