package org.minutebook.search.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.restassured.path.json.JsonPath;

/**
 * Restricted (exempt) items, draft minutes and corrected text never reach the public: a published meeting whose
 * restricted items carry a unique canary word in their text, resolutions, actions and deferral note is recorded; a
 * later draft of the same committee carries a second canary in every item and takes one of its deferred items and
 * passes two; a committee has only a draft; and a published document is corrected (replace=true) so that an item
 * whose text carried a third canary is restricted. Then every public endpoint of the three services is crawled
 * (lists, searches for the canaries, matters arising, feeds, the live stream replayed from the start) and no canary
 * may appear, nor the draft's id or date, nor the restricted item's action id. Officers see them, so they were there.
 */
class RestrictedCanaryIT {

    @Test
    void shouldNeverShowRestrictedTextToThePublic() throws Exception {
        String canary = word("canary");
        String draftCanary = word("draftcanary");
        String correctionCanary = word("correctioncanary");
        String committee = "Canary Partnership " + UUID.randomUUID().toString().substring(0, 8);
        String draftOnly = "Draft Only Board " + UUID.randomUUID().toString().substring(0, 8);
        String corrected = "Corrected Board " + UUID.randomUUID().toString().substring(0, 8);
        String meetingId = CanaryMeetings.published(committee, canary);
        String draftId = CanaryMeetings.draft(committee, draftCanary);
        String onlyDraftId = CanaryMeetings.draft(draftOnly, draftCanary);
        String correctedId = CanaryMeetings.imported(corrected, correctionCanary, false);
        String meetings = E2eStack.url("meetings-service");
        String actions = E2eStack.url("actions-service");
        String search = E2eStack.url("search-service");
        String c = encode(committee);

        // Both consumers have it: officers see the canary in the action register, search knows item 11.
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> assertThat(
                given().baseUri(actions).auth().oauth2(E2eStack.officer()).queryParam("committee", committee)
                        .get("/api/actions").then().statusCode(200).extract().asString(),
                containsString(canary)));
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> assertThat(
                given().baseUri(search).get("/api/meetings/{id}/summary", meetingId).then().statusCode(200)
                        .extract().asString(),
                containsString("Operation Raptor")));
        assertThat(given().baseUri(meetings).auth().oauth2(E2eStack.officer()).get("/api/meetings/{id}", meetingId)
                .then().statusCode(200).extract().asString(), containsString(canary));
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> assertThat(
                given().baseUri(actions).auth().oauth2(E2eStack.officer()).queryParam("committee", committee)
                        .get("/api/actions").then().statusCode(200).extract().asString(),
                containsString(draftCanary)));
        assertThat(given().baseUri(meetings).auth().oauth2(E2eStack.officer()).get("/api/meetings/{id}", draftId)
                .then().statusCode(200).extract().asString(), containsString(draftCanary));
        // Officers see what the draft did to the published meeting's deferrals: one taken, two carried past it.
        // (Sorted by item number as text: 14, 15, 9.)
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> assertEquals(List.of("OUTSTANDING",
                "RESOLVED", "OUTSTANDING"), deferrals(actions, committee, meetingId, E2eStack.officer(), "status")));
        assertEquals(List.of(1, 0, 1), deferrals(actions, committee, meetingId, E2eStack.officer(),
                "timesCarriedForward"));
        List<String> restrictedActions = given().baseUri(actions).auth().oauth2(E2eStack.officer())
                .queryParam("meeting", meetingId).get("/api/actions").then().extract().jsonPath()
                .getList("results.findAll { it.itemNumber == '11' }.id", String.class);
        assertEquals(1, restrictedActions.size());
        // search-service keeps the draft (it is the public archive: no one reads a draft there); it must have it
        // before the crawl, or finding nothing there would prove nothing.
        await().atMost(Duration.ofSeconds(90)).until(() -> searchItemsOf(draftId) == 19);
        // The correction's canary was public, in the stream's history too, before the clerk restricted its item.
        await().atMost(Duration.ofSeconds(90)).until(() -> CanaryCrawl.replay(search + "/api/stream?committee="
                + encode(corrected)).contains(correctionCanary));
        assertEquals(correctedId, CanaryMeetings.imported(corrected, correctionCanary, true));
        await().atMost(Duration.ofSeconds(90)).until(() -> !given().baseUri(search)
                .get("/api/meetings/{id}/summary", correctedId).then().extract().asString()
                .contains(correctionCanary));

        List<String> pages = new ArrayList<>(List.of(
                meetings + "/api/meetings/" + meetingId,
                meetings + "/api/meetings/" + draftId,
                meetings + "/api/meetings/" + onlyDraftId,
                meetings + "/api/meetings/" + correctedId,
                meetings + "/api/meetings?committee=" + c,
                meetings + "/api/meetings?size=100",
                actions + "/api/actions?committee=" + c + "&size=200",
                actions + "/api/actions?size=200",
                actions + "/api/actions?status=OPEN&size=200",
                actions + "/api/actions?overdue=true&size=200",
                actions + "/api/actions?meeting=" + meetingId,
                actions + "/api/actions?assignee=" + encode("Steve Johnson") + "&size=200",
                actions + "/api/deferrals?committee=" + c + "&size=200",
                actions + "/api/deferrals?status=RESOLVED&size=200",
                actions + "/api/deferrals?size=200",
                actions + "/api/people?size=500",
                actions + "/api/committees/" + c + "/matters-arising?before=2099-01-01",
                actions + "/api/committees/" + c + "/matters-arising?before=2016-07-01",
                actions + "/api/committees/" + encode(draftOnly) + "/matters-arising?before=2016-07-01",
                actions + "/api/committees/" + encode(corrected) + "/matters-arising?before=2099-01-01",
                search + "/api/search?q=" + canary,
                search + "/api/search?q=" + draftCanary,
                search + "/api/search?q=" + correctionCanary,
                search + "/api/search?q=" + encode("\"Domestic Abuse\"") + "&committee=" + c,
                search + "/api/search?q=" + encode("\"Operation Raptor\""),
                search + "/api/search?q=raptor*&committee=" + c,
                search + "/api/search?q=" + encode("\"Integrated Offender\"") + "&committee=" + encode(corrected),
                search + "/api/decisions?committee=" + c + "&size=200",
                search + "/api/decisions?committee=" + encode(corrected) + "&size=200",
                search + "/api/decisions.atom?committee=" + c,
                search + "/api/decisions.atom?committee=" + encode(corrected),
                search + "/api/committees/" + c + "/meetings.ics",
                search + "/api/meetings?committee=" + c,
                search + "/api/meetings/" + meetingId,
                search + "/api/meetings/" + meetingId + "/summary",
                search + "/api/meetings/" + draftId,
                search + "/api/meetings/" + draftId + "/summary",
                search + "/api/meetings/" + correctedId + "/summary",
                search + "/api/topics?q=raptor",
                search + "/api/people?size=500"));
        pages.addAll(linked(search + "/api/topics?q=raptor", "results.id", search + "/api/topics/"));
        pages.addAll(linked(actions + "/api/people?q=johnson", "results.id", actions + "/api/people/", "/actions"));
        pages.addAll(linked(given().baseUri(actions).auth().oauth2(E2eStack.officer())
                .queryParam("committee", committee).get("/api/actions").then().extract().jsonPath(),
                "results.id", actions + "/api/actions/", ""));
        pages.addAll(linked(given().baseUri(actions).auth().oauth2(E2eStack.officer())
                .queryParam("committee", committee).get("/api/deferrals").then().extract().jsonPath(),
                "results.id", actions + "/api/deferrals/", ""));

        List<String> canaries = new ArrayList<>(List.of(canary, draftCanary, correctionCanary, draftId, onlyDraftId,
                CanaryMeetings.DRAFT_DATE));
        canaries.addAll(restrictedActions);
        CanaryCrawl crawl = new CanaryCrawl(canaries);
        for (String page : pages) {
            crawl.page(page, null);
        }
        crawl.page(actions + "/api/committees/" + c + "/matters-arising?before=2099-01-01", "text/markdown");
        crawl.stream(search + "/api/stream?committee=" + c);
        crawl.stream(search + "/api/stream?committee=" + encode(corrected));
        crawl.stream(search + "/api/stream");

        System.out.printf("Canary crawl: %d public responses, canary found %d times%n", crawl.found().size(),
                crawl.total());
        assertEquals(Map.of(), crawl.leaks());
        for (String word : List.of(canary, draftCanary, correctionCanary)) {
            assertEquals(0, given().baseUri(search).queryParam("q", word).get("/api/search").then()
                    .statusCode(200).extract().jsonPath().getLong("total"));
        }
        // Counts and statuses the draft would change, which no canary word shows.
        assertEquals(List.of("OUTSTANDING", "OUTSTANDING", "OUTSTANDING"),
                deferrals(actions, committee, meetingId, null, "status"));
        assertEquals(List.of(0, 0, 0), deferrals(actions, committee, meetingId, null, "timesCarriedForward"));
        JsonPath publicActions = given().baseUri(actions).queryParam("meeting", meetingId).get("/api/actions")
                .then().extract().jsonPath();
        assertEquals(List.of(false), publicActions.getList("results.overdue").stream().distinct().toList());
        JsonPath summary = given().baseUri(search).get("/api/meetings/{id}/summary", meetingId).then().extract()
                .jsonPath();
        assertEquals(List.of(), summary.getList("items.find { it.number == '11' }.actions"));
        assertEquals(0, summary.getInt("items.find { it.number == '11' }.openActions"));
    }

    /** The published meeting's deferrals, in item order, as the caller (null: the public) sees them. */
    private static List<Object> deferrals(String actions, String committee, String meetingId, String token,
            String field) {
        var request = given().baseUri(actions);
        if (token != null) {
            request.auth().oauth2(token);
        }
        return request.queryParam("meeting", meetingId).get("/api/deferrals").then().statusCode(200).extract()
                .jsonPath().getList("results.sort { it.itemNumber }." + field);
    }

    private static String word(String prefix) {
        return prefix + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
    }

    private static long searchItemsOf(String meetingId) throws SQLException {
        var postgres = E2eStack.get().postgres();
        try (var c = DriverManager.getConnection(postgres.urlOf("search"), postgres.user(),
                postgres.password());
                var s = c.prepareStatement("SELECT count(*) FROM item WHERE meeting_id = CAST(? AS uuid)")) {
            s.setString(1, meetingId);
            try (var rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static List<String> linked(String listUrl, String idPath, String prefix) {
        return linked(given().get(listUrl).then().statusCode(200).extract().jsonPath(), idPath, prefix, "");
    }

    private static List<String> linked(String listUrl, String idPath, String prefix, String suffix) {
        return linked(given().get(listUrl).then().statusCode(200).extract().jsonPath(), idPath, prefix, suffix);
    }

    private static List<String> linked(JsonPath list, String idPath, String prefix, String suffix) {
        return list.getList(idPath, String.class).stream().map(id -> prefix + id + suffix).toList();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
