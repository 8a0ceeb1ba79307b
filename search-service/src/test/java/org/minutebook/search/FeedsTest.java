package org.minutebook.search;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.minutebook.search.support.Broker.MEETINGS;
import static org.minutebook.search.support.Broker.publish;
import static org.minutebook.search.support.ContractEvents.data;
import static org.minutebook.search.support.ContractEvents.uniqueWord;
import static org.minutebook.search.support.SearchApi.awaitMeeting;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.minutebook.search.support.ContractEvents;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.io.WireFeedInput;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStart;

/**
 * The feeds subscribers poll: a committee's meetings as iCalendar, the newest decisions as Atom. Both are parsed back
 * with the libraries a subscriber would use, not matched as text.
 */
@QuarkusTest
class FeedsTest {

    /** The resolution id as written in the contract example; each test's events carry a fresh one in its place. */
    private static final String CONTRACT_RESOLUTION = "4f5a6b7c-8d9e-4f0a-9b2c-3d4e5f6a7b8c";

    @Test
    void shouldListEachMeetingOfTheCommitteeAsAnEvent() throws Exception {
        String committee = "Calendar Board " + uniqueWord();
        ContractEvents timed = new ContractEvents();
        publish(MEETINGS, timed.meeting(committee, "2016-06-21"));
        ContractEvents allDay = new ContractEvents();
        ObjectNode[] dateOnly = allDay.meeting(committee, "2016-12-06");
        data(dateOnly[0]).putNull("startTime").putNull("location");
        publish(MEETINGS, dateOnly);
        ContractEvents elsewhere = new ContractEvents();
        publish(MEETINGS, elsewhere.meeting("Other " + committee, "2016-09-13"));
        awaitMeeting(timed.meetingId(), 2, 1);
        awaitMeeting(allDay.meetingId(), 2, 1);
        awaitMeeting(elsewhere.meetingId(), 2, 1);

        Response response = calendar(committee);
        assertEquals("text/calendar;charset=utf-8", response.contentType().replace(" ", "").toLowerCase());
        Calendar calendar = new CalendarBuilder().build(new StringReader(response.asString()));

        assertFalse(calendar.validate().hasErrors(), () -> calendar.validate().toString());
        assertEquals("-//Minutebook//Minutes//EN", value(calendar.getProperty(Property.PRODID)));
        assertEquals(committee, value(calendar.getProperty("X-WR-CALNAME")));
        Map<String, VEvent> events = calendar.<VEvent>getComponents(Component.VEVENT).stream()
                .collect(Collectors.toMap(event -> value(event.getProperty(Property.UID)), Function.identity()));
        assertEquals(Set.of(timed.meetingId() + "@minutebook", allDay.meetingId() + "@minutebook"), events.keySet());

        VEvent meeting = events.get(timed.meetingId() + "@minutebook");
        assertEquals(committee + " meeting", value(meeting.getProperty(Property.SUMMARY)));
        assertEquals("Stockton Town Hall", value(meeting.getProperty(Property.LOCATION)));
        DtStart<Temporal> start = meeting.getRequiredProperty(Property.DTSTART);
        assertEquals("Europe/London", start.getRequiredParameter(Parameter.TZID).getValue());
        // 09:30 in June is British Summer Time: an hour ahead of UTC.
        assertEquals(Instant.parse("2016-06-21T08:30:00Z"), ((ZonedDateTime) start.getDate()).toInstant());
        String summaryUrl = "/api/meetings/" + timed.meetingId() + "/summary";
        assertTrue(value(meeting.getProperty(Property.URL)).endsWith(summaryUrl));
        String description = value(meeting.getProperty(Property.DESCRIPTION));
        assertTrue(description.contains("9 Domestic Abuse National Comparisons\n11 Operation Raptor"), description);
        assertTrue(description.contains(summaryUrl), description);

        VEvent dayOnly = events.get(allDay.meetingId() + "@minutebook");
        DtStart<Temporal> day = dayOnly.getRequiredProperty(Property.DTSTART);
        assertEquals(LocalDate.parse("2016-12-06"), day.getDate());
        assertEquals("DATE", day.getRequiredParameter(Parameter.VALUE).getValue());
        assertTrue(dayOnly.getProperty(Property.LOCATION).isEmpty());
    }

    @Test
    void shouldAnswerAnUnchangedCalendarWithNotModified() {
        String committee = "Cached Board " + uniqueWord();
        ContractEvents contract = new ContractEvents();
        publish(MEETINGS, contract.meeting(committee, "2017-04-04"));
        awaitMeeting(contract.meetingId(), 2, 1);

        String etag = calendar(committee).header("ETag");

        given().header("If-None-Match", etag).when().get("/api/committees/{c}/meetings.ics", committee)
                .then().statusCode(304);
        given().header("If-None-Match", "\"something-else\"").when()
                .get("/api/committees/{c}/meetings.ics", committee)
                .then().statusCode(200);
    }

    @Test
    void shouldAnswerUnknownCommitteeWithNotFoundProblem() {
        String nobody = "Nobody " + uniqueWord();

        given().when().get("/api/committees/{c}/meetings.ics", nobody)
                .then().statusCode(404).contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("detail", containsString(nobody));
        given().queryParam("committee", nobody).when().get("/api/decisions.atom")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void shouldFeedNewestDecisionsFirstFilteredByCommittee() throws Exception {
        String word = uniqueWord();
        String committee = "Feed Board " + word;
        String other = "Other Feed Board " + word;
        // Dates no other test uses: these are the newest meetings in the read model, so they head the unfiltered feed.
        ContractEvents older = new ContractEvents();
        publish(MEETINGS, older.meeting(committee, "2097-03-01"));
        ContractEvents newer = new ContractEvents();
        ObjectNode[] newerEvents = newer.meeting(committee, "2099-05-01");
        data(newerEvents[1]).put("title", "Retail crime " + word);
        data(newerEvents[2]).put("itemTitle", "Retail crime " + word).put("text", "the report be approved " + word);
        publish(MEETINGS, newerEvents);
        ContractEvents between = new ContractEvents();
        publish(MEETINGS, between.meeting(other, "2098-04-01"));
        awaitMeeting(older.meetingId(), 2, 1);
        awaitMeeting(newer.meetingId(), 2, 1);
        awaitMeeting(between.meetingId(), 2, 1);

        Feed all = atom(Map.of("limit", "3"));
        assertEquals(List.of(resolutionUrn(newer), resolutionUrn(between), resolutionUrn(older)), ids(all));

        Feed filtered = atom(Map.of("committee", committee));
        assertEquals(List.of(resolutionUrn(newer), resolutionUrn(older)), ids(filtered));
        Entry entry = filtered.getEntries().get(0);
        assertEquals(committee + " 2099-05-01 — item 11: Retail crime " + word, entry.getTitle());
        assertEquals("the report be approved " + word, entry.getContents().get(0).getValue());
        assertTrue(entry.getAlternateLinks().get(0).getHref()
                .endsWith("/api/meetings/" + newer.meetingId() + "/summary"));
        String registered = DecisionsTest.decisions(Map.of("committee", committee)).getString("results[0].modifiedAt");
        assertEquals(Instant.parse(registered).truncatedTo(ChronoUnit.SECONDS),
                entry.getUpdated().toInstant().truncatedTo(ChronoUnit.SECONDS));
    }

    @Test
    void shouldWithholdRestrictedResolutionTextFromBothFeeds() throws Exception {
        String word = uniqueWord();
        String committee = "Exempt Feed Panel " + word;
        ContractEvents contract = new ContractEvents();
        ObjectNode[] events = contract.meeting(committee, "2017-02-01");
        data(events[1]).put("restricted", true).put("title", "Named offender case")
                .put("text", "discussed the offender " + word);
        data(events[2]).put("restricted", true).put("itemTitle", "Named offender case")
                .put("text", "the offender be referred " + word);
        publish(MEETINGS, events);
        awaitMeeting(contract.meetingId(), 2, 1);

        String body = given().queryParam("committee", committee).when().get("/api/decisions.atom")
                .then().statusCode(200).extract().asString();
        Feed feed = parse(body);

        assertEquals(List.of("urn:uuid:" + contract.id(CONTRACT_RESOLUTION)), ids(feed));
        Entry entry = feed.getEntries().get(0);
        assertEquals(committee + " 2017-02-01 — item 11: Named offender case", entry.getTitle());
        assertTrue(entry.getContents().get(0).getValue().startsWith("Restricted item"));
        assertFalse(body.contains("the offender be referred"), body);
        // Long lines are folded; unfolded, no line of the calendar may carry the item's text.
        String calendar = calendar(committee).asString().replace("\r\n ", "");
        VEvent event = new CalendarBuilder().build(new StringReader(calendar)).<VEvent>getComponents(Component.VEVENT)
                .get(0);
        assertTrue(value(event.getProperty(Property.DESCRIPTION)).contains("11 Named offender case"));
        assertFalse(calendar.contains("discussed the offender"), calendar);
    }

    private static Response calendar(String committee) {
        return given().when().get("/api/committees/{c}/meetings.ics", committee)
                .then().statusCode(200).extract().response();
    }

    private static Feed atom(Map<String, String> params) throws Exception {
        Response response = given().queryParams(params).when().get("/api/decisions.atom")
                .then().statusCode(200).extract().response();
        assertTrue(response.contentType().startsWith("application/atom+xml"), response.contentType());
        return parse(response.asString());
    }

    private static Feed parse(String body) throws Exception {
        Feed feed = (Feed) new WireFeedInput().build(new StringReader(body));
        assertEquals("atom_1.0", feed.getFeedType());
        return feed;
    }

    private static List<String> ids(Feed feed) {
        return feed.getEntries().stream().map(Entry::getId).toList();
    }

    private static String resolutionUrn(ContractEvents contract) {
        return "urn:uuid:" + contract.id(CONTRACT_RESOLUTION);
    }

    private static String value(Optional<? extends Property> property) {
        return property.map(Property::getValue).orElse(null);
    }
}
