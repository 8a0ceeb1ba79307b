package org.minutebook.search.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.minutebook.shared.stack.LocalStack;
import org.minutebook.shared.stack.StackConfig;

import io.restassured.http.ContentType;

/**
 * All three packaged services as processes, started the way the run command starts them, against one PostgreSQL and
 * one KRaft broker: a meeting recorded on meetings-service reaches actions-service and search-service.
 */
class PipelineEndToEndIT {

    private static final Path PROJECT = Path.of("..").toAbsolutePath().normalize();
    private static LocalStack stack;

    @BeforeAll
    static void startStack() {
        stack = LocalStack.start(StackConfig.forTests(PROJECT, Path.of("target", "e2e").toAbsolutePath()));
    }

    @AfterAll
    static void stopStack() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void shouldFollowARecordedMeetingIntoActionsAndSearch() throws IOException {
        String committee = "Safer Stockton Partnership " + UUID.randomUUID();
        String meeting = Files.readString(PROJECT.resolve("samples/ssp-2016-06-21.json"))
                .replace("\"Safer Stockton Partnership\"", "\"" + committee + "\"");
        String meetingId = given().baseUri(stack.url("meetings-service"))
                .contentType(ContentType.JSON).body(meeting)
                .when().post("/api/meetings")
                .then().statusCode(201).extract().path("id");

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().baseUri(stack.url("actions-service"))
                .queryParam("status", "OPEN").queryParam("size", 200)
                .when().get("/api/actions")
                .then().statusCode(200)
                .body("results.findAll { it.meetingId == '" + meetingId
                        + "' && it.itemNumber == '11' }[0].assignees.name",
                        contains("John Lyons", "Steve Johnson")));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().baseUri(stack.url("actions-service"))
                .queryParam("status", "OUTSTANDING").queryParam("size", 200)
                .when().get("/api/deferrals")
                .then().statusCode(200)
                .body("results.findAll { it.meetingId == '" + meetingId + "' }.itemTitle",
                        hasItem("Domestic Abuse National Comparisons")));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().baseUri(stack.url("search-service"))
                .queryParam("q", "\"Operation Raptor\"")
                .when().get("/api/search")
                .then().statusCode(200)
                .body("results.meetingId", hasItem(meetingId))
                .body("results.find { it.meetingId == '" + meetingId + "' }.itemNumber", equalTo("11")));
    }
}
