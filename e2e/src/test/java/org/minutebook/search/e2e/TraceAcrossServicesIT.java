package org.minutebook.search.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;

/**
 * One trace from the HTTP request that records a meeting, through meetings-service's outbox and the broker, into
 * actions-service (which applies it and publishes its own events under it) and search-service (which applies both
 * topics' events under it). Each service logs the trace id with every event it relays or applies (the messaging
 * library at DEBUG, which the failsafe configuration turns on for the stack's services); the test reads their logs.
 */
class TraceAcrossServicesIT {

    @Test
    void shouldRunOneTraceFromTheRequestThroughBothConsumers() throws IOException {
        String traceId = UUID.randomUUID().toString().replace("-", "");
        String committee = "Traced Partnership " + UUID.randomUUID();
        String meeting = Files.readString(E2eStack.PROJECT.resolve("samples/ssp-2016-06-21.json"))
                .replace("\"Safer Stockton Partnership\"", "\"" + committee + "\"");
        String meetingId = given().baseUri(E2eStack.url("meetings-service")).auth().oauth2(E2eStack.clerk())
                .header("traceparent", "00-" + traceId + "-b7ad6b7169203331-01")
                .contentType(ContentType.JSON).body(meeting).queryParam("publish", true)
                .when().post("/api/meetings")
                .then().statusCode(201).extract().path("id");

        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> given().baseUri(E2eStack.url("search-service"))
                .queryParam("q", "\"Operation Raptor\"").when().get("/api/search")
                .then().statusCode(200).body("results.meetingId", hasItem(meetingId)));

        String tag = "traceId=" + traceId + " ";
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat("meetings-service relays under the request's trace", linesOf("meetings-service", tag),
                    hasItem(allOf(containsString("Relaying event"), containsString("(minutes.meeting.recorded)"))));
            List<String> actions = linesOf("actions-service", tag);
            assertThat("actions-service applies the meeting's events in the trace", actions,
                    hasItem(allOf(containsString("Applied event"), containsString("meetingId=" + meetingId))));
            assertThat("and relays its own events under it", actions,
                    hasItem(allOf(containsString("Relaying event"), containsString("(minutes.action.assigned)"))));
            List<String> search = linesOf("search-service", tag);
            assertThat("search-service applies the meeting's events in the trace", search,
                    hasItem(allOf(containsString("Applied event"), containsString("(minutes.item.recorded)"))));
            assertThat("and actions-service's events, still in it", search,
                    hasItem(allOf(containsString("Applied event"), containsString("(minutes.action.assigned)"))));
        });
    }

    private static List<String> linesOf(String service, String containing) {
        E2eStack.get();
        Path log = Path.of("target", "e2e", "logs", service + ".log");
        try {
            return Files.readAllLines(log).stream().filter(l -> l.contains(containing)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
