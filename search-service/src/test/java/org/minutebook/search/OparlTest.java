package org.minutebook.search;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.minutebook.search.support.Broker.MEETINGS;
import static org.minutebook.search.support.Broker.publish;
import static org.minutebook.search.support.ContractEvents.CONTRACT_ITEM_11;
import static org.minutebook.search.support.ContractEvents.CONTRACT_ITEM_9;
import static org.minutebook.search.support.ContractEvents.MEETING_PUBLISHED;
import static org.minutebook.search.support.ContractEvents.MEETING_SUPERSEDED;
import static org.minutebook.search.support.ContractEvents.data;
import static org.minutebook.search.support.ContractEvents.republished;
import static org.minutebook.search.support.ContractEvents.uniqueWord;
import static org.minutebook.search.support.SearchApi.PATIENCE;
import static org.minutebook.search.support.SearchApi.awaitMeeting;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.minutebook.search.support.ContractEvents;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The OParl lists' event times, filters and pages, a restricted item and a draft as OParl shows them (not at all), and
 * a correction's removed items as deleted objects. Each test's events carry times of their own, far from every other
 * test's, so that a created window selects exactly them.
 */
@QuarkusTest
class OparlTest {

    private static final String LISTS = "/oparl/v1.1/body/council/";

    @Test
    void shouldFilterAndPageMeetingsByTheirEventTimes() {
        Instant base = window();
        String committee = "OParl Board " + uniqueWord();
        ContractEvents june = new ContractEvents();
        publish(MEETINGS, at(june.meeting(committee, "2016-06-21"), base.plusSeconds(60)));
        ContractEvents july = new ContractEvents();
        ObjectNode[] julyEvents = at(july.meeting(committee, "2016-07-26"), base.plusSeconds(120));
        data(julyEvents[1]).put("restricted", true).put("text", "Exempt discussion");
        publish(MEETINGS, julyEvents);
        ContractEvents august = new ContractEvents();
        ObjectNode draft = august.draft();
        data(draft).put("committee", committee).put("date", "2016-08-23");
        publish(MEETINGS, at(new ObjectNode[]{draft}, base.plusSeconds(180)));
        awaitMeeting(june.meetingId(), 2, 1);
        awaitMeeting(july.meetingId(), 2, 1);

        Map<String, Object> window = Map.of("created_since", base.toString(), "created_until",
                base.plusSeconds(3600).toString());
        JsonPath first = list("meeting", window, Map.of("elementsPerPage", 1));
        assertEquals(2, first.getInt("pagination.totalElements"), "the draft is not counted");
        assertEquals(2, first.getInt("pagination.totalPages"));
        assertTrue(first.getString("data[0].id").endsWith("/meeting/" + july.meetingId()), "newest first");
        assertEquals(base.plusSeconds(120).toString(), first.getString("data[0].created"));
        assertNull(first.get("links.prev"));
        String next = first.getString("links.next");
        assertTrue(next.contains("created_since=") && next.contains("elementsPerPage=1") && next.contains("page=2"),
                next);
        JsonPath second = given().urlEncodingEnabled(false).get(next).then().statusCode(200).extract().jsonPath();
        assertTrue(second.getString("data[0].id").endsWith("/meeting/" + june.meetingId()));
        assertNull(second.get("links.next"));
        assertEquals(first.getString("links.last"), second.getString("links.last"));
        assertEquals(List.of(july.meetingId()), ids(list("meeting", Map.of("modified_since",
                base.plusSeconds(90).toString(), "created_until", base.plusSeconds(3600).toString()), Map.of())));
        given().get("/oparl/v1.1/meeting/{id}", august.meetingId()).then().statusCode(404);

        // The restricted item: number and title only; no Paper, no Consultation; item 9 was never decided.
        JsonPath item = given().get("/oparl/v1.1/agendaItem/{id}", july.id(CONTRACT_ITEM_11)).then().statusCode(200)
                .extract().jsonPath();
        assertEquals(false, item.getBoolean("public"));
        assertNull(item.get("resolutionText"));
        assertNull(item.get("result"));
        assertNull(item.get("consultation"));
        assertEquals(base.plusSeconds(120).toString(), item.getString("modified"));
        given().get("/oparl/v1.1/paper/{id}", july.id(CONTRACT_ITEM_11)).then().statusCode(404);
        given().get("/oparl/v1.1/consultation/{id}", july.id(CONTRACT_ITEM_11)).then().statusCode(404);
        given().get("/oparl/v1.1/paper/{id}", june.id(CONTRACT_ITEM_9)).then().statusCode(404);
        JsonPath paper = given().get("/oparl/v1.1/paper/{id}", june.id(CONTRACT_ITEM_11)).then().statusCode(200)
                .extract().jsonPath();
        assertEquals("https://schema.oparl.org/1.1/Paper", paper.getString("type"));
        assertEquals(1, paper.getList("consultation").size());
        assertNull(paper.get("consultation[0].paper"), "an embedded object leaves out its parent");
        given().get(paper.getString("consultation[0].id")).then().statusCode(200)
                .body("paper", equalTo(paper.getString("id")));
        assertEquals(List.of(june.id(CONTRACT_ITEM_11)), ids(list("paper", window, Map.of())));

        // Publication is a change: the draft arrives in a sync by modified_since, created when it was recorded.
        ObjectNode published = august.load(MEETING_PUBLISHED);
        data(published).put("committee", committee);
        publish(MEETINGS, at(new ObjectNode[]{published}, base.plusSeconds(240)));
        JsonPath synced = await().atMost(PATIENCE).until(() -> list("meeting",
                Map.of("modified_since", base.plusSeconds(200).toString()), Map.of()),
                page -> ids(page).contains(august.meetingId()));
        assertEquals(base.plusSeconds(180).toString(), synced.getString("data.find { it.id.endsWith('"
                + august.meetingId() + "') }.created"));
        JsonPath organization = list("organization", window, Map.of());
        assertEquals(List.of(committee), organization.getList("data.name"));
        assertEquals(base.plusSeconds(60).toString(), organization.getString("data[0].created"));
        assertEquals(base.plusSeconds(240).toString(), organization.getString("data[0].modified"));
    }

    @Test
    void shouldListTheItemsACorrectionRemovedAsDeleted() {
        Instant base = window();
        String committee = "OParl Corrected Board " + uniqueWord();
        ContractEvents contract = new ContractEvents();
        publish(MEETINGS, at(contract.meeting(committee, "2018-05-01"), base.plusSeconds(60)));
        awaitMeeting(contract.meetingId(), 2, 1);

        ObjectNode[] corrected = contract.meeting(committee, "2018-05-01");
        publish(MEETINGS, at(new ObjectNode[]{contract.load(MEETING_SUPERSEDED), republished(corrected[0]),
                republished(corrected[1]), republished(corrected[2])}, base.plusSeconds(120)));
        awaitMeeting(contract.meetingId(), 1, 1);
        Instant beforeSync = base;
        String removed = contract.id(CONTRACT_ITEM_9);
        JsonPath changes = list("agendaItem", Map.of("modified_since", beforeSync.toString()),
                Map.of("elementsPerPage", 100));
        List<Map<String, Object>> deleted = changes.getList("data.findAll { it.deleted == true }");
        assertTrue(deleted.stream().anyMatch(d -> ((String) d.get("id")).endsWith("/agendaItem/" + removed)));
        given().get("/oparl/v1.1/agendaItem/{id}", removed).then().statusCode(200).body("deleted", equalTo(true))
                .body("created", equalTo(base.plusSeconds(60).toString()));
        // A client syncing Papers learns the removed item's is gone too; asked by key, it answers deleted.
        List<Map<String, Object>> papers = list("paper", Map.of("modified_since", beforeSync.toString()),
                Map.of("elementsPerPage", 100)).getList("data.findAll { it.deleted == true }");
        assertTrue(papers.stream().anyMatch(d -> ((String) d.get("id")).endsWith("/paper/" + removed)
                && "https://schema.oparl.org/1.1/Paper".equals(d.get("type"))));
        given().get("/oparl/v1.1/consultation/{id}", removed).then().statusCode(200).body("deleted", equalTo(true))
                .body("type", equalTo("https://schema.oparl.org/1.1/Consultation"));
        // A full list holds only what is there.
        assertFalse(ids(list("agendaItem", Map.of("created_since", base.toString()), Map.of("elementsPerPage", 100)))
                .contains(removed));
        given().get("/oparl/v1.1/meeting/{id}", contract.meetingId()).then().statusCode(200)
                .body("agendaItem.size()", equalTo(1))
                .body("modified", equalTo(base.plusSeconds(120).toString()));
    }

    @Test
    void shouldRefuseABadFilterNamingIt() {
        given().queryParam("modified_since", "yesterday").get(LISTS + "meeting").then().statusCode(400)
                .body("violations[0].field", equalTo("modified_since"));
        given().queryParam("created_until", "+999999999-12-31T00:00:00Z").get(LISTS + "person").then()
                .statusCode(400).body("violations[0].field", equalTo("created_until"));
        given().queryParam("elementsPerPage", 0).get(LISTS + "meeting").then().statusCode(400);
        given().get("/oparl/v1.1/body/elsewhere/meeting").then().statusCode(404);
        given().get(LISTS + "unknown").then().statusCode(404);
    }

    /** A time of its own for one test: a random minute of the year 2150, far from the contract examples' 2016. */
    private static Instant window() {
        return Instant.parse("2150-01-01T00:00:00Z").plus(ThreadLocalRandom.current().nextInt(500_000),
                ChronoUnit.MINUTES);
    }

    private static ObjectNode[] at(ObjectNode[] events, Instant time) {
        for (ObjectNode event : events) {
            event.put("time", time.toString());
        }
        return events;
    }

    private static JsonPath list(String list, Map<String, Object> filters, Map<String, Object> paging) {
        return given().queryParams(filters).queryParams(paging).get(LISTS + list).then().statusCode(200).extract()
                .jsonPath();
    }

    private static List<String> ids(JsonPath page) {
        return page.getList("data.id", String.class).stream().map(id -> id.substring(id.lastIndexOf('/') + 1))
                .toList();
    }
}
