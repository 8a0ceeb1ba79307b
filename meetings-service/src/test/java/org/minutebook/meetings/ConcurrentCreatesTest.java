package org.minutebook.meetings;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.minutebook.meetings.domain.Meeting;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * Many requests for the same committee and date at once: the database keeps exactly one meeting, every loser is told
 * with a 409 naming it, and nothing of a loser is stored; an archive import racing them reports the truth.
 */
@QuarkusTest
class ConcurrentCreatesTest {

    private static final int PARALLEL = 20;

    @Test
    void shouldKeepOneOfTwentyIdenticalCreatesAndAnswerTheRest409() throws Exception {
        String committee = "Race Partnership " + UUID.randomUUID().toString().substring(0, 8);
        String body = Samples.meetingOf("ssp-2016-06-21", committee).toString();
        long before = storedRows();

        List<Response> answers = race(() -> Clerk.given().contentType("application/json").body(body)
                .post("/api/meetings"));

        Map<Integer, Integer> statuses = statuses(answers);
        assertThat(statuses).as("statuses").containsOnlyKeys(201, 409).containsEntry(201, 1).containsEntry(409,
                PARALLEL - 1);
        String winner = answers.stream().filter(r -> r.statusCode() == 201).findFirst().orElseThrow().path("id");
        answers.stream().filter(r -> r.statusCode() == 409).forEach(r -> {
            assertThat(r.contentType()).startsWith("application/problem+json");
            assertThat(r.<String>path("existingMeetingId")).isEqualTo(winner);
        });
        assertThat(countOf(committee)).isEqualTo(1);
        long events = QuarkusTransaction.requiringNew()
                .call(() -> OutboxEvent.count("aggregateId", UUID.fromString(winner)));
        assertThat(storedRows() - before).as("rows of the one meeting's events, and the meeting")
                .isEqualTo(events + 1);
    }

    @Test
    void shouldReportAnArchiveImportTrulyWhileRacingDirectCreates() throws Exception {
        String committee = "Archive Race " + UUID.randomUUID().toString().substring(0, 8);
        String text = MinutesDocuments.seed("ssp-2016-06-21.md", committee);
        byte[] zip = MinutesDocuments.zip(List.of("a.md"), List.of(MinutesDocuments.utf8(text)));
        String body = Samples.meetingOf("ssp-2016-06-21", committee).toString();

        List<Response> answers = race(() -> Math.random() < 0.5
                ? Clerk.given().contentType("application/zip").body(zip).post("/api/meetings/import/archive")
                : Clerk.given().contentType("application/json").body(body).post("/api/meetings"));

        int stored = 0;
        for (Response r : answers) {
            assertThat(r.statusCode()).as(r.asString()).isIn(200, 201, 409);
            if (r.statusCode() == 201) {
                stored++;
            } else if (r.statusCode() == 200) {
                JsonPath report = r.jsonPath();
                stored += report.getList("imported").size();
                assertThat(report.getList("imported").size() + report.getList("duplicates").size())
                        .as("each archive's one file is imported or a duplicate").isEqualTo(1);
            }
        }
        assertThat(stored).as("answers claiming to have stored the meeting").isEqualTo(1);
        assertThat(countOf(committee)).isEqualTo(1);
        given().get("/q/health/ready").then().statusCode(200);
    }

    private static List<Response> race(Callable<Response> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Response>> futures = new ArrayList<>();
            for (int i = 0; i < PARALLEL; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return request.call();
                }));
            }
            start.countDown();
            List<Response> out = new ArrayList<>();
            for (Future<Response> f : futures) {
                out.add(f.get());
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    private static Map<Integer, Integer> statuses(List<Response> answers) {
        Map<Integer, Integer> m = new TreeMap<>();
        answers.forEach(r -> m.merge(r.statusCode(), 1, Integer::sum));
        return m;
    }

    private static long countOf(String committee) {
        return QuarkusTransaction.requiringNew().call(() -> Meeting.count("committee", committee));
    }

    private static long storedRows() {
        return QuarkusTransaction.requiringNew().call(() -> Meeting.count() + OutboxEvent.count());
    }
}
