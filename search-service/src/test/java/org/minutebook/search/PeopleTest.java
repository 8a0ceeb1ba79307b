package org.minutebook.search;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.minutebook.search.support.Broker.MEETINGS;
import static org.minutebook.search.support.Broker.publish;
import static org.minutebook.search.support.ContractEvents.MEETING_RECORDED;
import static org.minutebook.search.support.ContractEvents.data;
import static org.minutebook.search.support.ContractEvents.uniqueWord;
import static org.minutebook.search.support.SearchApi.PATIENCE;
import static org.minutebook.search.support.SearchApi.meeting;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.minutebook.search.support.ContractEvents;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** GET /api/people and /api/people/{id}/attendance, from the attendance lists of meeting.recorded. */
@QuarkusTest
class PeopleTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void shouldTreatNameSpellingsAsOnePersonAndReportAttendance() throws Exception {
        String surname = uniqueWord();
        String committee = "Partnership " + surname;
        recordMeeting(committee, "2016-06-21", """
                {"present": [{"name": "Jane %s", "honorific": "Cllr", "organisation": "Stockton Council"}],
                 "apologies": [{"name": "Someone Else %1$s"}]}""".formatted(surname));
        recordMeeting(committee, "2016-09-01", """
                {"apologies": [{"name": "  jane   %s "}]}""".formatted(surname.toUpperCase()));
        recordMeeting(committee, "2017-01-10", """
                {"officers": [{"name": "Dr Jane %s", "organisation": "NHS Tees"}]}""".formatted(surname));
        recordMeeting(committee, "2017-03-01", "{}");

        JsonPath found = given().queryParam("q", "JANE " + surname).when().get("/api/people")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(1, found.getLong("total"));
        assertEquals(1, found.getLong("results[0].meetingsPresent"));
        assertEquals(3, found.getLong("results[0].meetingsListed"));
        String id = found.getString("results[0].id");

        JsonPath attendance = given().when().get("/api/people/{id}/attendance", id)
                .then().statusCode(200).extract().jsonPath();
        assertEquals(1, attendance.getLong("present"));
        assertEquals(1, attendance.getLong("apologies"));
        assertEquals(1, attendance.getLong("officer"));
        assertEquals(0, attendance.getLong("inAttendance"));
        assertEquals(List.of("NHS Tees", "Stockton Council"), attendance.getList("organisations"));
        assertEquals(List.of(2016, 2017), attendance.getList("byYear.year"));
        assertEquals(List.of(1, 0), attendance.getList("byYear.present"));
        assertEquals(List.of(2, 2), attendance.getList("byYear.meetings"));
        assertEquals(0.5f, attendance.getFloat("byYear[0].rate"));
        assertEquals(List.of("2017-01-10", "2016-09-01", "2016-06-21"), attendance.getList("meetings.date"));
        assertEquals(List.of("OFFICER", "APOLOGY", "PRESENT"), attendance.getList("meetings.kind"));
        assertEquals(3, attendance.getLong("listings"));

        // The listings come a page at a time; the counts and rates stay those of every listing.
        JsonPath second = given().queryParam("size", 2).queryParam("page", 1).when()
                .get("/api/people/{id}/attendance", id).then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("2016-06-21"), second.getList("meetings.date"));
        assertEquals(3, second.getLong("listings"));
        assertEquals(1, second.getLong("present"));
        assertEquals(List.of(2016, 2017), second.getList("byYear.year"));
        given().queryParam("size", 501).when().get("/api/people/{id}/attendance", id)
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void shouldCountTheMeetingsAnOrganisationWasRepresentedAtByYear() throws Exception {
        String word = uniqueWord();
        String committee = "Board " + word;
        recordMeeting(committee, "2016-06-21", """
                {"present": [{"name": "Ann %1$s", "organisation": "Tees Fire %1$s"},
                             {"name": "Bob %1$s", "organisation": "Tees Fire %1$s"}]}""".formatted(word));
        recordMeeting(committee, "2016-07-26", """
                {"apologies": [{"name": "Ann %1$s", "organisation": "TEES FIRE %1$s"}]}""".formatted(word));
        recordMeeting(committee, "2017-02-14", """
                {"inAttendance": [{"name": "Cy %1$s", "organisation": "Tees Fire %1$s (Arson)"}]}""".formatted(word));
        recordMeeting(committee, "2017-03-14", "{}");
        recordMeeting("Elsewhere " + word, "2017-03-15", "{}");

        JsonPath fire = given().queryParam("name", "fire " + word).when().get("/api/organisations/attendance")
                .then().statusCode(200).extract().jsonPath();
        // Only the committee it attends counts; one meeting with two of its people counts once.
        assertEquals(List.of(2016, 2017), fire.getList("byYear.year"));
        assertEquals(List.of(2, 2), fire.getList("byYear.meetings"));
        assertEquals(List.of(1, 1), fire.getList("byYear.represented"));
        assertEquals(List.of(1, 0), fire.getList("byYear.apologies"));
        assertEquals(List.of(0.5f, 0.5f), fire.getList("byYear.rate"));
        assertEquals(3, fire.getList("spellings").size());

        given().queryParam("name", "Nobody " + word).when().get("/api/organisations/attendance")
                .then().statusCode(404).contentType("application/problem+json");
        given().when().get("/api/organisations/attendance")
                .then().statusCode(400).contentType("application/problem+json").body(containsString("name"));
    }

    @Test
    void shouldAnswerNotFoundForUnknownPerson() {
        given().when().get("/api/people/{id}/attendance", UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
    }

    private static void recordMeeting(String committee, String date, String attendance) throws Exception {
        ContractEvents contract = new ContractEvents();
        ObjectNode event = contract.load(MEETING_RECORDED);
        data(event).put("committee", committee).put("date", date).set("attendance", MAPPER.readTree(attendance));
        publish(MEETINGS, event);
        await().atMost(PATIENCE).until(() -> meeting(contract.meetingId()) != null);
    }
}
