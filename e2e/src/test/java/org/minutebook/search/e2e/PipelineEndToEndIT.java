package org.minutebook.search.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;

/**
 * All three packaged services as processes, started the way the run command starts them, against one PostgreSQL and
 * one KRaft broker: a meeting recorded on meetings-service reaches actions-service and search-service.
 */
class PipelineEndToEndIT {

    private static final Path PROJECT = E2eStack.PROJECT;

    /**
     * The seed minutes imported as documents, then a later meeting that takes one deferred item and not another:
     * the register closes one deferral, carries the other forward, and lists what is left for the meeting after.
     */
    @Test
    void shouldCarryDeferralsAcrossImportedMeetings() throws IOException {
        String committee = "Stockton Register " + UUID.randomUUID().toString().substring(0, 8);
        String meetings = E2eStack.url("meetings-service");
        for (String seed : List.of("ssp-2011-07-05.txt", "ssp-2016-06-21.md", "ssp-2017-02-14.txt")) {
            importMinutes(meetings, Files.readString(PROJECT.resolve("samples/minutes").resolve(seed)), committee,
                    seed.endsWith(".md") ? "text/markdown" : "text/plain");
        }
        String later = new String(getClass().getResourceAsStream("/e2e/ssp-2016-07-26.md").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        String laterId = importMinutes(meetings, later, committee, "text/markdown");
        String actions = E2eStack.url("actions-service");
        String mine = "results.findAll { it.committee == '" + committee + "' }";

        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> given().baseUri(actions)
                .queryParam("committee", committee).queryParam("size", 200)
                .when().get("/api/deferrals")
                .then().statusCode(200)
                .body(mine + ".find { it.itemTitle == 'Domestic Abuse National Comparisons' }.status",
                        equalTo("RESOLVED"))
                .body(mine + ".find { it.itemTitle == 'Domestic Abuse National Comparisons' }.resolvedBy.meetingId",
                        equalTo(laterId))
                .body(mine + ".find { it.itemNumber == '15' }.status", equalTo("OUTSTANDING"))
                .body(mine + ".find { it.itemNumber == '15' }.timesCarriedForward", equalTo(2))
                .body(mine + ".find { it.itemTitle == 'Impact of Social Norms Work' }.timesCarriedForward",
                        equalTo(3)));

        String agenda = given().baseUri(actions).accept("text/markdown")
                .queryParam("before", "2016-09-20")
                .when().get("/api/committees/{c}/matters-arising", committee)
                .then().statusCode(200).extract().asString();
        assertThat(agenda, allOf(
                containsString("Update on Community Meeting in Relation to Prevent/Community Engagement"),
                containsString("Operation Raptor"),
                not(containsString("Domestic Abuse National Comparisons"))));
    }

    private static String importMinutes(String meetingsUrl, String text, String committee, String type) {
        return given().baseUri(meetingsUrl).auth().oauth2(E2eStack.clerk()).contentType(type)
                .body(text.replace("Safer Stockton Partnership", committee)).queryParam("publish", true)
                .when().post("/api/meetings/import")
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void shouldFollowARecordedMeetingIntoActionsAndSearch() throws IOException {
        String committee = "Safer Stockton Partnership " + UUID.randomUUID();
        String meeting = Files.readString(PROJECT.resolve("samples/ssp-2016-06-21.json"))
                .replace("\"Safer Stockton Partnership\"", "\"" + committee + "\"");
        String meetingId = given().baseUri(E2eStack.url("meetings-service")).auth().oauth2(E2eStack.clerk())
                .contentType(ContentType.JSON).body(meeting).queryParam("publish", true)
                .when().post("/api/meetings")
                .then().statusCode(201).extract().path("id");

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().baseUri(E2eStack.url("actions-service"))
                .queryParam("status", "OPEN").queryParam("size", 200)
                .when().get("/api/actions")
                .then().statusCode(200)
                .body("results.findAll { it.meetingId == '" + meetingId
                        + "' && it.itemNumber == '11' }[0].assignees.name",
                        contains("John Lyons", "Steve Johnson")));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().baseUri(E2eStack.url("actions-service"))
                .queryParam("status", "OUTSTANDING").queryParam("size", 200)
                .when().get("/api/deferrals")
                .then().statusCode(200)
                .body("results.findAll { it.meetingId == '" + meetingId + "' }.itemTitle",
                        hasItem("Domestic Abuse National Comparisons")));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().baseUri(E2eStack.url("search-service"))
                .queryParam("q", "\"Operation Raptor\"")
                .when().get("/api/search")
                .then().statusCode(200)
                .body("results.meetingId", hasItem(meetingId))
                .body("results.find { it.meetingId == '" + meetingId + "' }.itemNumber", equalTo("11")));
    }
}
