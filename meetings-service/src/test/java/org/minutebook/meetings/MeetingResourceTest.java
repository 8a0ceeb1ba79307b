package org.minutebook.meetings;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class MeetingResourceTest {

    @Test
    void shouldRecordMeetingAndReturnItAsRecorded() {
        String committee = "Record Test " + UUID.randomUUID();
        String id = Clerk.given().contentType(ContentType.JSON).body(Samples.meetingOf("ssp-2016-06-21", committee))
                .when().post("/api/meetings")
                .then().statusCode(201)
                .header("Location", containsString("/api/meetings/"))
                .body("id", notNullValue())
                .body("status", equalTo("DRAFT"))
                .extract().path("id");

        Clerk.given().when().get("/api/meetings/{id}", id)
                .then().statusCode(200)
                .body("committee", equalTo(committee))
                .body("date", equalTo("2016-06-21"))
                .body("startTime", equalTo("09:30"))
                .body("attendance.present", hasSize(15))
                .body("attendance.present[0].name", equalTo("Steve Nelson"))
                .body("attendance.present[0].honorific", equalTo("Cllr"))
                .body("attendance.officers.name", contains("Claire Sills", "Kirsty Wannop", "Gayle Nertney"))
                .body("attendance.apologies.name", contains("Dave Willingham"))
                .body("items", hasSize(19))
                .body("items[5].number", equalTo("6(a)"))
                .body("items.find { it.number == '8' }.restricted", equalTo(true))
                .body("items.find { it.number == '9' }.deferral.until", equalTo("NEXT_MEETING"))
                .body("items.find { it.number == '11' }.actions[0].owners", contains("JL", "SJ"))
                .body("items.find { it.number == '11' }.actions[0].assignees.name",
                        contains("John Lyons", "Steve Johnson"))
                .body("items.find { it.number == '11' }.resolutions[0].text", equalTo("the discussion be noted"));
    }

    @Test
    void shouldListMeetingsOfCommitteeWithinDates() {
        String committee = "List Test " + UUID.randomUUID();
        for (String date : new String[]{"2016-05-17", "2016-06-21", "2016-07-26"}) {
            var meeting = Samples.meetingOf("ssp-2017-02-14", committee);
            meeting.put("date", date);
            Clerk.given().contentType(ContentType.JSON).body(meeting).queryParam("publish", true)
                    .post("/api/meetings").then().statusCode(201);
        }

        given().queryParam("committee", committee).queryParam("from", "2016-06-01").queryParam("to", "2016-12-31")
                .when().get("/api/meetings")
                .then().statusCode(200)
                .body("total", equalTo(2))
                .body("results.date", contains("2016-07-26", "2016-06-21"));

        given().queryParam("committee", committee).queryParam("size", 1).queryParam("page", 2)
                .when().get("/api/meetings")
                .then().statusCode(200)
                .body("total", equalTo(3))
                .body("results.date", contains("2016-05-17"));
    }

    @Test
    void shouldAnswerNotFoundAsProblem() {
        given().when().get("/api/meetings/{id}", UUID.randomUUID())
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("title", equalTo("Not Found"));
    }

    @Test
    void shouldRejectNonNumericPageNamingTheParameter() {
        given().queryParam("page", "abc").when().get("/api/meetings")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("page"));
        given().queryParam("from", "2016-02-30").when().get("/api/meetings")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("from"));
    }

    @Test
    void shouldRejectOversizedPageAsProblem() {
        given().queryParam("size", 1000).when().get("/api/meetings")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("size"));
    }
}
