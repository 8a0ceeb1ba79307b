package org.minutebook.search.support;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.Map;

import org.minutebook.shared.security.TestTokens;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

/** The clerk's webhook endpoints, as the tests call them. */
public final class WebhookApi {

    public static final String PATH = "/api/admin/webhooks";

    private WebhookApi() {
    }

    public static ValidatableResponse register(Map<String, Object> subscription) {
        return given().auth().oauth2(TestTokens.clerk()).contentType(ContentType.JSON).body(subscription)
                .post(PATH).then();
    }

    public static JsonPath subscription(String id) {
        return given().auth().oauth2(TestTokens.clerk()).get(PATH + "/" + id).then().statusCode(200).extract()
                .jsonPath();
    }

    public static List<Map<String, Object>> deliveries(String id) {
        return given().auth().oauth2(TestTokens.clerk()).queryParam("size", 1000).get(PATH + "/" + id + "/deliveries")
                .then().statusCode(200).extract().jsonPath().getList("$");
    }

    public static ValidatableResponse post(String path) {
        return given().auth().oauth2(TestTokens.clerk()).post(PATH + "/" + path).then();
    }

    /** Attempts beyond the first of each event: the retries the log records. */
    public static int retries(String id) {
        return deliveries(id).stream().mapToInt(d -> Math.max(0, ((Number) d.get("attempts")).intValue() - 1)).sum();
    }
}
