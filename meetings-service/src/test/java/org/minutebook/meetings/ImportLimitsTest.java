package org.minutebook.meetings;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Minutes beyond what a meeting record holds are refused naming the limit, never stored cut short. */
@QuarkusTest
class ImportLimitsTest {

    private static final String HEAD = "A meeting of Limits Partnership was held on Tuesday, 14th March, 2017.\n\n"
            + "Present: Cllr Jane Doe, John Smith\n\n";

    @Test
    void shouldRefuseMoreItemsThanARecordHolds() {
        StringBuilder minutes = new StringBuilder(HEAD);
        for (int i = 1; i <= 600; i++) {
            minutes.append(i).append(". Report number ").append(i).append("\n\nThe report was noted.\n\n");
        }
        given().contentType("text/plain").body(minutes.toString()).queryParam("dryRun", true)
                .post("/api/meetings/import").then().statusCode(422)
                .body("detail", containsString("items")).body("detail", containsString("500"));
    }

    @Test
    void shouldRefuseAnItemTextLongerThanARecordHolds() {
        String text = "The committee discussed the report at length. ".repeat(5_000);
        given().contentType("text/plain").body(HEAD + "1. Report\n\n" + text + "\n\n2. Close\n\nThe meeting closed.\n")
                .queryParam("dryRun", true).post("/api/meetings/import").then().statusCode(422)
                .body("detail", containsString("text")).body("detail", containsString("200000"));
    }
}
