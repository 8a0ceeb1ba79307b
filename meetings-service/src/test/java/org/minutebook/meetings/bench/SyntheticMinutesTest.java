package org.minutebook.meetings.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.minutebook.shared.bench.SyntheticMinutes;
import org.minutebook.shared.security.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;

/** The benchmark's synthetic archive: valid records, the same on every run, never two meetings of one date. */
@QuarkusTest
class SyntheticMinutesTest {

    @Test
    void shouldGenerateMeetingsThatTheServiceAccepts() {
        SyntheticMinutes archive = new SyntheticMinutes(7);
        for (int n = 0; n < 5; n++) {
            var meeting = archive.meeting(n);
            meeting.put("committee", meeting.get("committee").asText() + " " + System.nanoTime());
            int items = meeting.withArray("items").size();
            assertThat(items).isBetween(15, 25);
            assertThat(meeting.at("/attendance/present").size() + meeting.at("/attendance/officers").size()
                    + meeting.at("/attendance/inAttendance").size() + meeting.at("/attendance/apologies").size())
                    .isBetween(20, 30);
            RestAssured.given().auth().oauth2(TestTokens.clerk()).contentType(ContentType.JSON)
                    .body(meeting.toString()).post("/api/meetings").then().statusCode(201)
                    .body("items.size()", equalTo(items));
        }
    }

    @Test
    void shouldBeDeterministicAndMeetOncePerCommitteeAndDate() {
        assertThat(new SyntheticMinutes(7).meeting(123)).isEqualTo(new SyntheticMinutes(7).meeting(123));
        assertThat(new SyntheticMinutes(7).meeting(123)).isNotEqualTo(new SyntheticMinutes(8).meeting(123));
        Set<String> seen = new HashSet<>();
        for (int n = 0; n < 50_000; n++) {
            assertThat(seen.add(SyntheticMinutes.committeeOf(n).toLowerCase() + SyntheticMinutes.dateOf(n)))
                    .as("meeting %d", n).isTrue();
        }
    }
}
