package org.minutebook.search.support;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.restassured.path.json.JsonPath;

/** The search-service HTTP API as the tests call it. */
public final class SearchApi {

    public static final Duration PATIENCE = Duration.ofSeconds(30);

    private SearchApi() {
    }

    public static JsonPath search(String q) {
        return search(q, 0, 100);
    }

    public static JsonPath search(String q, int page, int size) {
        return given().queryParam("q", q).queryParam("page", page).queryParam("size", size)
                .when().get("/api/search")
                .then().statusCode(200)
                .extract().jsonPath();
    }

    /** The result for one item, or null when the item is not among the results. */
    public static Map<String, Object> hit(JsonPath results, String itemId) {
        List<Map<String, Object>> hits = results.getList("results");
        return hits.stream().filter(h -> itemId.equals(h.get("itemId"))).findFirst().orElse(null);
    }

    /** Waits until the item is found by the query, and returns its result. */
    public static Map<String, Object> awaitHit(String q, String itemId) {
        return await().atMost(PATIENCE).until(() -> hit(search(q), itemId), hit -> hit != null);
    }

    /** Waits until the meeting is known with this many items and resolutions, and returns its view. */
    public static JsonPath awaitMeeting(String meetingId, int itemCount, int resolutionCount) {
        return await().atMost(PATIENCE).until(() -> meeting(meetingId),
                view -> view != null && view.getInt("itemCount") == itemCount
                        && view.getInt("resolutionCount") == resolutionCount);
    }

    /** The meeting's view, or null while search does not know it. */
    public static JsonPath meeting(String meetingId) {
        var response = given().when().get("/api/meetings/{id}", meetingId);
        return response.statusCode() == 200 ? response.jsonPath() : null;
    }
}
