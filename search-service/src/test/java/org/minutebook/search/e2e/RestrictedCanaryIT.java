package org.minutebook.search.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * Restricted (exempt) items and draft minutes never reach the public: a published meeting whose restricted items carry
 * a unique canary word in their text, resolutions, actions and deferral note is recorded, and a draft meeting of the
 * same committee carries a second canary in every item; then every public endpoint of the three services is crawled
 * (lists, searches for the canaries, feeds, the live stream) and neither canary may appear. Officers see both, so the
 * canaries really were there.
 */
class RestrictedCanaryIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void shouldNeverShowRestrictedTextToThePublic() throws Exception {
        String canary = "canary" + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        String draftCanary = "draftcanary" + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        String committee = "Canary Partnership " + UUID.randomUUID().toString().substring(0, 8);
        String meetingId = recordMeetingWithRestrictedItems(committee, canary);
        String draftId = recordDraftMeeting(committee, draftCanary);
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
        // search-service keeps the draft (it is the public archive: no one reads a draft there); it must have it
        // before the crawl, or finding nothing there would prove nothing.
        await().atMost(Duration.ofSeconds(90)).until(() -> searchItemsOf(draftId) == 19);

        List<String> pages = new ArrayList<>(List.of(
                meetings + "/api/meetings/" + meetingId,
                meetings + "/api/meetings/" + draftId,
                meetings + "/api/meetings?committee=" + c,
                meetings + "/api/meetings?size=100",
                actions + "/api/actions?committee=" + c + "&size=200",
                actions + "/api/actions?size=200",
                actions + "/api/actions?status=OPEN&size=200",
                actions + "/api/actions?assignee=" + encode("Steve Johnson") + "&size=200",
                actions + "/api/deferrals?committee=" + c + "&size=200",
                actions + "/api/deferrals?size=200",
                actions + "/api/people?size=500",
                actions + "/api/committees/" + c + "/matters-arising?before=2099-01-01",
                search + "/api/search?q=" + canary,
                search + "/api/search?q=" + draftCanary,
                search + "/api/search?q=" + encode("\"Domestic Abuse\"") + "&committee=" + c,
                search + "/api/search?q=" + encode("\"Operation Raptor\""),
                search + "/api/search?q=raptor*&committee=" + c,
                search + "/api/decisions?committee=" + c + "&size=200",
                search + "/api/decisions.atom?committee=" + c,
                search + "/api/committees/" + c + "/meetings.ics",
                search + "/api/meetings?committee=" + c,
                search + "/api/meetings/" + meetingId,
                search + "/api/meetings/" + meetingId + "/summary",
                search + "/api/meetings/" + draftId,
                search + "/api/meetings/" + draftId + "/summary",
                search + "/api/topics?q=raptor",
                search + "/api/people?size=500"));
        pages.addAll(linked(search + "/api/topics?q=raptor", "results.id", search + "/api/topics/"));
        pages.addAll(linked(actions + "/api/people?q=johnson", "results.id", actions + "/api/people/", "/actions"));
        pages.addAll(linked(given().baseUri(actions).auth().oauth2(E2eStack.officer())
                .queryParam("committee", committee).get("/api/actions").then().extract().jsonPath(),
                "results.id", actions + "/api/actions/", ""));

        Map<String, Integer> found = new LinkedHashMap<>();
        for (String page : pages) {
            // A search answers with the query it ran: the canary there is the caller's own, not a leak.
            found.put(page, occurrences(get(page, null).replace("\"query\":\"" + canary + "\"", "")
                    .replace("\"query\":\"" + draftCanary + "\"", ""), canary, draftCanary));
        }
        found.put(actions + "/api/committees/" + c + "/matters-arising (Markdown)", occurrences(
                get(actions + "/api/committees/" + c + "/matters-arising?before=2099-01-01", "text/markdown"),
                canary, draftCanary));
        found.put(search + "/api/stream", occurrences(stream(search + "/api/stream?committee=" + c), canary,
                draftCanary));

        System.out.printf("Canary crawl: %d public responses, canary found %d times%n", found.size(),
                found.values().stream().mapToInt(Integer::intValue).sum());
        assertEquals(Map.of(), Map.copyOf(found.entrySet().stream().filter(e -> e.getValue() > 0)
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue))));
        assertEquals(0, given().baseUri(search).queryParam("q", canary).get("/api/search").then().statusCode(200)
                .extract().jsonPath().getLong("total"));
        assertEquals(0, given().baseUri(search).queryParam("q", draftCanary).get("/api/search").then()
                .statusCode(200).extract().jsonPath().getLong("total"));
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

    /** Another meeting of the committee, not yet published: the canary in every item's title and text. */
    private static String recordDraftMeeting(String committee, String canary) throws IOException {
        ObjectNode meeting = (ObjectNode) JSON.readTree(
                Files.readString(E2eStack.PROJECT.resolve("samples/ssp-2016-06-21.json")));
        meeting.put("committee", committee).put("date", "2016-07-26");
        for (var node : (ArrayNode) meeting.get("items")) {
            ObjectNode item = (ObjectNode) node;
            item.put("title", item.get("title").asText() + " " + canary).put("text", "Draft wording " + canary);
            for (var action : (ArrayNode) item.withArray("actions")) {
                ((ObjectNode) action).put("description", "Draft action " + canary);
            }
        }
        return given().baseUri(E2eStack.url("meetings-service")).auth().oauth2(E2eStack.clerk())
                .contentType(ContentType.JSON).body(meeting.toString())
                .post("/api/meetings").then().statusCode(201).extract().path("id");
    }

    /** The sample meeting; item 11 (resolution, action) and item 9 (deferral) restricted, the canary in each. */
    private static String recordMeetingWithRestrictedItems(String committee, String canary) throws IOException {
        ObjectNode meeting = (ObjectNode) JSON.readTree(
                Files.readString(E2eStack.PROJECT.resolve("samples/ssp-2016-06-21.json")));
        meeting.put("committee", committee);
        for (var node : (ArrayNode) meeting.get("items")) {
            ObjectNode item = (ObjectNode) node;
            String number = item.get("number").asText();
            if (number.equals("11")) {
                item.put("restricted", true).put("text", "The " + canary + " operation was discussed.");
                ((ObjectNode) item.withArray("resolutions").get(0)).put("text", "the " + canary + " report be noted");
                ((ObjectNode) item.withArray("actions").get(0)).put("description", "Brief the " + canary + " team.");
            } else if (number.equals("9")) {
                item.put("restricted", true).put("text", "Deferred: " + canary + " figures awaited.");
                ((ObjectNode) item.get("deferral")).put("note", "until the " + canary + " figures arrive");
            }
        }
        return given().baseUri(E2eStack.url("meetings-service")).auth().oauth2(E2eStack.clerk())
                .contentType(ContentType.JSON).body(meeting.toString()).queryParam("publish", true)
                .post("/api/meetings").then().statusCode(201).extract().path("id");
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

    /** The body of a public (anonymous) GET, whatever its status: a 404 is fine, a leak in it is not. */
    private static String get(String url, String accept) {
        var request = given();
        if (accept != null) {
            request.accept(accept);
        }
        var response = request.get(url);
        assertThat(url + " answered " + response.statusCode(), response.statusCode() < 500);
        return response.asString();
    }

    /** What the live stream sends an anonymous subscriber replaying from the start, read for a few seconds. */
    private static String stream(String url) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/event-stream")
                .header("Last-Event-ID", "0").build();
        HttpResponse<InputStream> response = HttpClient.newHttpClient().send(request,
                HttpResponse.BodyHandlers.ofInputStream());
        StringBuffer received = new StringBuffer();
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(
                    new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    received.append(line).append('\n');
                }
            } catch (IOException e) {
                // closed below
            }
        });
        reader.start();
        Thread.sleep(3_000);
        response.body().close();
        reader.join(2_000);
        assertThat("the stream replayed the meeting's events", received.toString(),
                containsString("minutes.item.recorded"));
        return received.toString();
    }

    private static int occurrences(String body, String... canaries) {
        String text = body.toLowerCase(Locale.ROOT);
        int count = 0;
        for (String canary : canaries) {
            for (int at = text.indexOf(canary); at >= 0; at = text.indexOf(canary, at + 1)) {
                count++;
            }
        }
        return count;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
