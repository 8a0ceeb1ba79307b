package org.minutebook.actions.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The HTTP contract of the listings: paging envelope, parameter validation, problem+json. */
@QuarkusTest
class ActionResourceTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void shouldAnswerWithPagingEnvelope() {
        given().queryParam("status", "OPEN").queryParam("page", 0).queryParam("size", 5)
                .get("/api/actions").then()
                .statusCode(200)
                .body("total", greaterThanOrEqualTo(0))
                .body("page", is(0))
                .body("size", is(5))
                .body("results", notNullValue());
        given().get("/api/deferrals").then()
                .statusCode(200)
                .body("page", is(0))
                .body("size", is(50));
    }

    @Test
    void shouldRejectUnknownActionStatusNamingTheParameter() {
        given().queryParam("status", "BOGUS").get("/api/actions").then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("status", is(400))
                .body("violations[0].field", is("status"))
                .body("violations[0].message", containsString("OPEN"));
    }

    @Test
    void shouldRejectActionStatusForDeferrals() {
        given().queryParam("status", "OPEN").get("/api/deferrals").then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("violations[0].field", is("status"))
                .body("violations[0].message", containsString("OUTSTANDING"));
    }

    @Test
    void shouldRejectPageSizeOutOfRange() {
        for (int size : new int[]{0, 201}) {
            given().queryParam("size", size).get("/api/actions").then()
                    .statusCode(400)
                    .contentType(PROBLEM)
                    .body("violations[0].field", is("size"));
        }
        given().queryParam("page", -1).get("/api/deferrals").then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("violations[0].field", is("page"));
    }

    @Test
    void shouldRejectPagingThatIsNotANumberNamingTheParameter() {
        given().queryParam("page", "abc").get("/api/actions").then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("violations.field", everyItem(is("page")));
        given().queryParam("size", "ten").get("/api/deferrals").then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("violations.field", everyItem(is("size")));
    }

    @Test
    void shouldAnswerNotFoundProblemForUnknownIds() {
        UUID id = UUID.randomUUID();
        given().get("/api/actions/{id}", id).then()
                .statusCode(404)
                .contentType(PROBLEM)
                .body("detail", is("Action " + id + " does not exist"));
        given().get("/api/deferrals/{id}", id).then()
                .statusCode(404)
                .contentType(PROBLEM)
                .body("detail", is("Deferral " + id + " does not exist"));
    }
}
