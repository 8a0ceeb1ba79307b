package org.minutebook.meetings;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.minutebook.meetings.domain.Meeting;
import org.minutebook.shared.fuzz.FuzzReport;
import org.minutebook.shared.fuzz.OpenApiFuzzer;
import org.minutebook.shared.security.TestTokens;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Every operation of the service's OpenAPI document under the generated hostile corpus (path and query parameters,
 * bodies, uploads, oversized URLs and headers): never a 5xx, every refusal a problem+json, nothing stored by a
 * refused request, and the service ready afterwards.
 */
@QuarkusTest
class OpenApiFuzzTest {

    @TestHTTPResource("/")
    URI base;

    @Test
    void shouldAnswerEveryOperationsHostileInputWithAProblemAndStoreNothing() throws Exception {
        String committee = "OpenAPI Fuzz " + System.nanoTime();
        String id = Clerk.given().contentType("application/json")
                .body(Samples.meetingOf("ssp-2016-06-21", committee).toString())
                .post("/api/meetings").then().statusCode(201).extract().path("id");
        String sample = Samples.meetingOf("ssp-2017-02-14", committee).toString();

        FuzzReport report = new OpenApiFuzzer(base, TestTokens.clerk(), Map.of("id", id),
                Map.of("POST /api/meetings", sample)).run(OpenApiFuzzTest::storedRows);

        System.out.println("meetings-service OpenAPI fuzz: " + report);
        assertThat(report.cases()).isGreaterThan(500);
        assertThat(report.serverErrors()).as("5xx answers").isEmpty();
        assertThat(report.bodilessErrors()).as("errors without a problem body").isEmpty();
        assertThat(report.partialWrites()).as("refused requests that stored something").isEmpty();
        given().get("/q/health/ready").then().statusCode(200);
    }

    private static long storedRows() {
        return QuarkusTransaction.requiringNew().call(() -> Meeting.count() + OutboxEvent.count());
    }
}
