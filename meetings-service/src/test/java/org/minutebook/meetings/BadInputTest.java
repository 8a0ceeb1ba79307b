package org.minutebook.meetings;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.minutebook.meetings.domain.Meeting;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Bad input gets a problem naming the field, and nothing is stored or published. */
@QuarkusTest
class BadInputTest {

    @Test
    void shouldRejectMeetingWithoutDate() {
        ObjectNode meeting = Samples.meetingOf("ssp-2016-06-21", "Bad " + UUID.randomUUID());
        meeting.remove("date");
        assertRejected(meeting, "date");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2016-13-45", "21st June 2016", ""})
    void shouldRejectUnparseableDate(String date) {
        ObjectNode meeting = Samples.meetingOf("ssp-2016-06-21", "Bad " + UUID.randomUUID());
        meeting.put("date", date);
        assertRejected(meeting, "date");
    }

    @Test
    void shouldRejectEmptyItemTitle() {
        ObjectNode meeting = Samples.meetingOf("ssp-2016-06-21", "Bad " + UUID.randomUUID());
        ((ObjectNode) meeting.withArray("items").get(3)).put("title", " ");
        assertRejected(meeting, "items[3].title");
    }

    @Test
    void shouldRejectDatesBeforeTheGregorianCalendarOrPastYear9999() {
        // 10 March 1500 is a Julian 29 February: read back through JDBC it was no date at all.
        ObjectNode meeting = Samples.meetingOf("ssp-2016-06-21", "Bad " + UUID.randomUUID());
        meeting.put("date", "1500-03-10");
        assertRejected(meeting, "date");
        ObjectNode deferred = Samples.meetingOf("ssp-2016-06-21", "Bad " + UUID.randomUUID());
        ((ObjectNode) deferred.withArray("items").get(0)).putObject("deferral").put("until", "DATE")
                .put("date", "+10000-01-01");
        assertRejected(deferred, "items[0].deferral.date");
    }

    @Test
    void shouldRejectOverlongMinuteReference() {
        ObjectNode meeting = Samples.meetingOf("ssp-2016-06-21", "Bad " + UUID.randomUUID());
        ((ObjectNode) meeting.withArray("items").get(2)).put("minuteReference", "M".repeat(41));
        assertRejected(meeting, "items[2].minuteReference");
    }

    @Test
    void shouldRejectWrongTypeNamingTheField() {
        ObjectNode meeting = Samples.meetingOf("ssp-2016-06-21", "Bad " + UUID.randomUUID());
        ((ObjectNode) meeting.withArray("items").get(1)).put("restricted", "perhaps");
        assertRejected(meeting, "items[1].restricted");
    }

    @Test
    void shouldRejectMalformedJson() {
        long before = storedRows();
        Clerk.given().contentType(ContentType.JSON).body("{\"committee\": \"x\", \"date\": ")
                .when().post("/api/meetings")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400));
        assertThat(storedRows()).isEqualTo(before);
    }

    private void assertRejected(ObjectNode meeting, String field) {
        long before = storedRows();
        Clerk.given().contentType(ContentType.JSON).body(meeting.toString())
                .when().post("/api/meetings")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("violations.field", hasItem(field));
        assertThat(storedRows()).isEqualTo(before);
        given().when().get("/q/health/live").then().statusCode(200);
    }

    /** Meetings plus outbox rows: a rejected request must change neither. */
    private static long storedRows() {
        return QuarkusTransaction.requiringNew().call(() -> Meeting.count() + OutboxEvent.count());
    }
}
