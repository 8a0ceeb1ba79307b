package org.minutebook.search.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import io.restassured.path.json.JsonPath;

/**
 * OParl 1.1 conformance of search-service against the packaged stack: the sample minutes imported through the
 * importer, a published meeting with restricted items (a canary word in their text, resolutions and action), a
 * draft (another canary everywhere) and a correction that removes items. The walk from the System object follows
 * every URL it finds; every answer must be 200, every object valid per the OParl 1.1 schemas, and nothing a public
 * view hides may be reachable.
 */
class OparlConformanceIT {

    @Test
    void shouldServeAValidOparlTreeThatHidesWhatThePublicMayNotSee() throws Exception {
        String search = E2eStack.url("search-service");
        String root = search + "/oparl/v1.1";
        List<String> samples = importSamples();
        String canary = "oparlcanary" + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        String draftCanary = "oparldraft" + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String committee = "OParl Partnership " + suffix;
        String meetingId = CanaryMeetings.published(committee, canary);
        String draftId = CanaryMeetings.draft(committee, draftCanary);
        Instant beforeCorrection = Instant.now();
        String corrected = "OParl Corrected Board " + suffix;
        String correctedId = CanaryMeetings.imported(corrected, "oparlcorrection", false);
        await().atMost(Duration.ofSeconds(90)).until(() -> given().get(root + "/meeting/" + correctedId)
                .statusCode() == 200);
        CanaryMeetings.imported(corrected, "oparlcorrection", true);

        // search-service has every meeting, the draft's items too (or hiding them would prove nothing).
        for (String id : Stream.concat(samples.stream(), Stream.of(meetingId)).toList()) {
            await().atMost(Duration.ofSeconds(90)).until(() -> given().get(root + "/meeting/" + id)
                    .then().extract().jsonPath().getList("agendaItem") != null);
        }
        await().atMost(Duration.ofSeconds(90)).until(() -> Boolean.TRUE.equals(given()
                .get(search + "/api/meetings/{id}/summary", correctedId).then().extract().jsonPath()
                .get("items.find { it.number == '7' }.restricted")));
        await().atMost(Duration.ofSeconds(90)).until(() -> searchItemsOf(draftId) == 19);
        String restrictedItem = given().baseUri(search).get("/api/meetings/{id}/summary", meetingId).then()
                .extract().jsonPath().getString("items.find { it.number == '11' }.id");
        List<String> restrictedActions = given().baseUri(E2eStack.url("actions-service"))
                .auth().oauth2(E2eStack.officer()).queryParam("meeting", meetingId).get("/api/actions").then()
                .extract().jsonPath().getList("results.findAll { it.itemNumber == '11' }.id", String.class);
        assertEquals(1, restrictedActions.size());

        List<String> canaries = new ArrayList<>(List.of(canary, draftCanary, draftId, CanaryMeetings.DRAFT_DATE));
        canaries.addAll(restrictedActions);
        OparlWalk walk = new OparlWalk(root, canaries).walk(root);
        System.out.printf("OParl walk: %d URLs answered, %d distinct objects (%s), %d schema validations, "
                + "%d violations%n", walk.visited().size(), walk.objectIds().size(), walk.objectsByType(),
                walk.validated(), walk.violations().size());
        assertEquals(Map.of(), walk.violations());
        for (String type : List.of("System", "Body", "Organization", "Person", "Membership", "Meeting", "AgendaItem",
                "Paper", "Consultation")) {
            assertTrue(walk.objectsByType().getOrDefault(type, 0) > 0, "the walk met a " + type);
        }
        assertTrue(walk.objectIds().contains(root + "/meeting/" + meetingId));
        assertTrue(walk.objectIds().containsAll(samples.stream().map(id -> root + "/meeting/" + id).toList()));
        assertFalse(walk.visited().stream().anyMatch(url -> url.contains(draftId)));

        // The restricted item: its number and title, nothing of its decision, not even that there was one.
        JsonPath item = given().get(root + "/agendaItem/" + restrictedItem).then().statusCode(200).extract()
                .jsonPath();
        assertEquals(false, item.getBoolean("public"));
        assertNull(item.get("resolutionText"));
        assertNull(item.get("result"));
        assertNull(item.get("consultation"));
        given().get(root + "/paper/" + restrictedItem).then().statusCode(404);
        given().get(root + "/consultation/" + restrictedItem).then().statusCode(404);
        given().get(root + "/meeting/" + draftId).then().statusCode(404);

        // Incremental sync: the correction's removed items come back as deleted, and nothing is newer than now.
        JsonPath changed = given().queryParam("modified_since", beforeCorrection.toString())
                .queryParam("elementsPerPage", 100)
                .get(root + "/body/council/agendaItem").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> deleted = changed.getList("data.findAll { it.deleted == true }");
        assertFalse(deleted.isEmpty(), "the correction's removed items are listed as deleted");
        OparlWalk syncWalk = new OparlWalk(root, canaries)
                .walk(root + "/body/council/agendaItem?modified_since=" + beforeCorrection + "&elementsPerPage=100");
        assertEquals(Map.of(), syncWalk.violations());
        for (Map<String, Object> gone : deleted) {
            given().get((String) gone.get("id")).then().statusCode(200).body("deleted", equalTo(true));
        }
        given().queryParam("modified_since", Instant.now().plusSeconds(3600).toString())
                .get(root + "/body/council/meeting").then().statusCode(200)
                .body("pagination.totalElements", equalTo(0));
        given().queryParam("created_since", "not-a-time").get(root + "/body/council/meeting").then().statusCode(400)
                .body("violations[0].field", equalTo("created_since"));
    }

    private static long searchItemsOf(String meetingId) throws SQLException {
        var postgres = E2eStack.get().postgres();
        try (var c = DriverManager.getConnection(postgres.urlOf("search"), postgres.user(), postgres.password());
                var s = c.prepareStatement("SELECT count(*) FROM item WHERE meeting_id = CAST(? AS uuid)")) {
            s.setString(1, meetingId);
            try (var rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** The sample minutes, published; already imported by an earlier test of this stack, they answer 409 with their id. */
    private static List<String> importSamples() throws Exception {
        List<String> ids = new ArrayList<>();
        try (Stream<Path> files = Files.list(E2eStack.PROJECT.resolve("samples/minutes"))) {
            for (Path file : files.sorted().toList()) {
                var response = given().baseUri(E2eStack.url("meetings-service")).auth().oauth2(E2eStack.clerk())
                        .contentType(file.toString().endsWith(".md") ? "text/markdown" : "text/plain")
                        .body(Files.readString(file)).queryParam("publish", true).post("/api/meetings/import");
                if (response.statusCode() == 201) {
                    String location = response.header("Location");
                    ids.add(location.substring(location.lastIndexOf('/') + 1));
                } else {
                    assertEquals(409, response.statusCode(), response.asString());
                    String existing = response.jsonPath().getString("existingMeetingId");
                    if (existing != null) {
                        ids.add(existing);
                    }
                }
            }
        }
        return ids;
    }
}
