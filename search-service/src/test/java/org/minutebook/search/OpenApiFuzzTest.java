package org.minutebook.search;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.minutebook.search.support.Broker.MEETINGS;
import static org.minutebook.search.support.Broker.publish;
import static org.minutebook.search.support.ContractEvents.CONTRACT_ITEM_11;
import static org.minutebook.search.support.ContractEvents.ITEM_RECORDED;
import static org.minutebook.search.support.ContractEvents.MEETING_RECORDED;
import static org.minutebook.search.support.ContractEvents.RESOLUTION_RECORDED;
import static org.minutebook.search.support.SearchApi.awaitHit;

import java.net.URI;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.minutebook.search.domain.Item;
import org.minutebook.search.domain.Meeting;
import org.minutebook.search.support.ContractEvents;
import org.minutebook.shared.fuzz.FuzzReport;
import org.minutebook.shared.fuzz.OpenApiFuzzer;
import org.minutebook.shared.security.TestTokens;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Every operation of search-service's OpenAPI document (the live stream aside: it never ends) under the generated
 * hostile corpus: never a 5xx, every refusal a problem+json, the read models untouched, the service ready after. An
 * officer asks, so that the clerk-only rebuild refuses rather than runs hundreds of times.
 */
@QuarkusTest
class OpenApiFuzzTest {

    @TestHTTPResource("/")
    URI base;

    @Test
    void shouldAnswerEveryOperationsHostileInputWithAProblemAndChangeNothing() throws Exception {
        ContractEvents contract = new ContractEvents();
        publish(MEETINGS, contract.load(MEETING_RECORDED), contract.load(ITEM_RECORDED),
                contract.load(RESOLUTION_RECORDED));
        awaitHit("Operation Raptor", contract.id(CONTRACT_ITEM_11));

        FuzzReport report = new OpenApiFuzzer(base, TestTokens.officer("Fuzz Officer", "Fuzz Partners"),
                Map.of("id", contract.meetingId(), "meetingId", contract.meetingId(), "name", "Steve%20Nelson",
                        "committee", "Safer%20Stockton%20Partnership", "topic", "crime"),
                Map.of()).run(OpenApiFuzzTest::storedRows);

        System.out.println("search-service OpenAPI fuzz: " + report);
        assertTrue(report.cases() > 1000, report.toString());
        assertEquals(java.util.List.of(), report.serverErrors(), "5xx answers");
        assertEquals(java.util.List.of(), report.bodilessErrors(), "errors without a problem body");
        assertEquals(java.util.List.of(), report.partialWrites(), "refused requests that changed something");
        given().get("/q/health/ready").then().statusCode(200);
    }

    private static long storedRows() {
        return QuarkusTransaction.requiringNew().call(() -> Meeting.count() + Item.count());
    }
}
