package org.minutebook.search;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The officer page's files, its chart library and its settings are served to anyone (the data calls check roles). */
@QuarkusTest
class OfficerPageResourcesTest {

    @Test
    void shouldServeThePageItsScriptsAndTheChartLibrary() {
        given().get("/officer/").then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("<title>Minutebook — officers</title>"));
        given().get("/officer/js/app.js").then().statusCode(200).contentType(containsString("javascript"));
        given().get("/webjars/chart.js/4.4.1/dist/chart.umd.js").then().statusCode(200)
                .body(containsString("Chart"));
    }

    @Test
    void shouldTellThePageWhereTheOtherServicesAre() {
        given().get("/api/web/config").then().statusCode(200)
                .body("meetingsUrl", is("http://localhost:8081"))
                .body("actionsUrl", is("http://localhost:8082"));
    }
}
