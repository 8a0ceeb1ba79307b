package org.minutebook.search;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.minutebook.search.support.Broker.MEETINGS;
import static org.minutebook.search.support.Broker.publish;
import static org.minutebook.search.support.Broker.publishMarker;
import static org.minutebook.search.support.Broker.sendTogether;
import static org.minutebook.search.support.ContractEvents.CONTRACT_ITEM_11;
import static org.minutebook.search.support.ContractEvents.ITEM_RECORDED;
import static org.minutebook.search.support.ContractEvents.MEETING_PUBLISHED;
import static org.minutebook.search.support.ContractEvents.MEETING_RECORDED;
import static org.minutebook.search.support.ContractEvents.MEETING_SUPERSEDED;
import static org.minutebook.search.support.ContractEvents.RESOLUTION_RECORDED;
import static org.minutebook.search.support.ContractEvents.data;
import static org.minutebook.search.support.ContractEvents.republished;
import static org.minutebook.search.support.ContractEvents.uniqueWord;
import static org.minutebook.search.support.SearchApi.PATIENCE;
import static org.minutebook.search.support.SearchApi.awaitHit;
import static org.minutebook.search.support.SearchApi.awaitMeeting;
import static org.minutebook.search.support.SearchApi.hit;
import static org.minutebook.search.support.SearchApi.meeting;
import static org.minutebook.search.support.SearchApi.search;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.minutebook.search.support.Broker;
import org.minutebook.search.support.ContractEvents;
import org.minutebook.search.support.ItemWriteWatch;
import org.minutebook.search.support.ReadModelProbe;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/**
 * Batches applied set by set (one statement per table for each type's events): each test sends its events as one
 * record batch, so that the consumer polls them together, and checks the result is what applying them one after the
 * other gives.
 */
@QuarkusTest
class SetApplyTest {

    @Inject
    ReadModelProbe probe;

    @Inject
    ItemWriteWatch writes;

    @Test
    void shouldSkipInOneBatchTheEventsAlreadyProcessedAndTheSecondCopyOfAnEvent() {
        ContractEvents contract = new ContractEvents();
        String word = uniqueWord();
        String firstWord = uniqueWord();
        ObjectNode item = contract.load(ITEM_RECORDED);
        data(item).put("text", firstWord);
        publish(MEETINGS, contract.load(MEETING_RECORDED), item);
        awaitHit(firstWord, contract.id(CONTRACT_ITEM_11));

        // The processed item again under its own id but other content, which must change nothing; a second item
        // and a resolution, each twice in the batch under one id.
        ObjectNode sameId = item.deepCopy();
        data(sameId).put("title", "Operation Kestrel " + word);
        ObjectNode second = republished(item);
        data(second).put("itemId", UUID.randomUUID().toString()).put("number", "12").put("position", 2)
                .put("title", "Second item " + word).put("text", "");
        ObjectNode resolution = contract.load(RESOLUTION_RECORDED);
        data(resolution).put("text", "RESOLVED that " + word + " be noted.");
        sendTogether(MEETINGS, contract.meetingId(), json(sameId, second, second, resolution, resolution));

        JsonPath view = awaitMeeting(contract.meetingId(), 2, 1);
        assertEquals(2, view.getInt("itemCount"));
        assertEquals("Operation Raptor", title(firstWord, contract.id(CONTRACT_ITEM_11)));
        // Found once each: the second item by its title, item 11 by its resolution's text.
        JsonPath found = search(word);
        assertEquals(2, found.getLong("total"));
        awaitHit(word, contract.id(CONTRACT_ITEM_11));
    }

    @Test
    void shouldApplyAMeetingsEventsOfOneBatchInTheirOrder() {
        ContractEvents contract = new ContractEvents();
        String oldWord = uniqueWord();
        String newWord = uniqueWord();
        String resolutionWord = uniqueWord();
        ObjectNode item = contract.load(ITEM_RECORDED);
        data(item).put("text", oldWord);
        ObjectNode draft = contract.draft();
        // Recorded as a draft, then superseded and recorded again with a new item id, its resolution after it,
        // then published: all in one poll. Applied by type regardless of order, the supersede would remove the
        // corrected item too, or the draft status would win over the publication.
        ObjectNode corrected = republished(contract.load(ITEM_RECORDED));
        String correctedId = UUID.randomUUID().toString();
        data(corrected).put("itemId", correctedId).put("text", newWord);
        ObjectNode resolution = contract.load(RESOLUTION_RECORDED);
        data(resolution).put("itemId", correctedId).put("text", "RESOLVED that " + resolutionWord + " be done.");
        ObjectNode redraft = republished(draft);
        ObjectNode published = contract.load(MEETING_PUBLISHED);
        sendTogether(MEETINGS, contract.meetingId(), json(draft, item, contract.load(MEETING_SUPERSEDED), redraft,
                corrected, resolution, published));

        awaitHit(newWord, correctedId);
        awaitHit(resolutionWord, correctedId);
        assertEquals(0, search(oldWord).getLong("total"));
        JsonPath view = awaitMeeting(contract.meetingId(), 1, 1);
        assertEquals(1, view.getInt("itemCount"));
    }

    @Test
    void shouldParkOnlyThePoisonsOfABatchAndApplyTheRestInOrder() {
        ContractEvents contract = new ContractEvents();
        String key = contract.meetingId();
        String word = uniqueWord();
        ObjectNode item = contract.load(ITEM_RECORDED);
        data(item).put("title", "Operation Raptor " + word);
        // An item the set-based step cannot read: its number is missing.
        ObjectNode unreadable = republished(contract.load(ITEM_RECORDED));
        data(unreadable).put("itemId", UUID.randomUUID().toString()).remove("number");
        ObjectNode later = republished(item);
        data(later).put("title", "Operation Raptor renamed " + word);
        sendTogether(MEETINGS, key, contract.load(MEETING_RECORDED).toString(), item.toString(), "poison",
                unreadable.toString(), contract.load(RESOLUTION_RECORDED).toString(), later.toString());

        awaitMeeting(key, 1, 1);
        String marker = publishMarker(MEETINGS, key);
        await().atMost(PATIENCE).until(() -> probe.processed(marker));
        // The later record of the item, after the poisons, is the one that stays.
        assertEquals("Operation Raptor renamed " + word, title(word, contract.id(CONTRACT_ITEM_11)));
        try (KafkaCompanion companion = new KafkaCompanion(Broker.bootstrapServers())) {
            var parked = companion.consumeStrings()
                    .withOffsetReset("earliest")
                    .fromTopics("minutes.meetings.dlq", Duration.ofSeconds(5))
                    .awaitCompletion()
                    .getRecords().stream()
                    .filter(r -> key.equals(r.key()))
                    .map(r -> r.value())
                    .toList();
            assertEquals(2, parked.size(), "only the two poisons are parked: " + parked);
            assertEquals("poison", parked.get(0));
            assertEquals(unreadable.toString(), parked.get(1));
        }
        assertEquals(1, meeting(key).getInt("itemCount"));
    }

    @Test
    void shouldKeepEachRowsFirstAndNewestEventTimeWhenItsRecordsComeInOneBatch() {
        Instant base = Instant.parse("2151-01-01T00:00:00Z").plus(ThreadLocalRandom.current().nextInt(500_000),
                ChronoUnit.MINUTES);
        ContractEvents contract = new ContractEvents();
        ObjectNode[] recorded = contract.meeting("Set Times Board " + uniqueWord(), "2019-03-05");
        ObjectNode meeting = at(recorded[0], base.plusSeconds(120));
        ObjectNode item = at(recorded[1], base.plusSeconds(180));
        ObjectNode resolution = at(recorded[2], base.plusSeconds(240));
        // Replayed records with older times: the first time recorded stays the earliest, the change the newest.
        ObjectNode meetingAgain = at(republished(meeting), base.plusSeconds(60));
        ObjectNode itemAgain = at(republished(item), base.plusSeconds(100));
        ObjectNode resolutionAgain = at(republished(resolution), base.plusSeconds(30));
        // Each record next to its replay, so that the two are one row of the same set-based statement.
        sendTogether(MEETINGS, contract.meetingId(), json(meeting, meetingAgain, item, itemAgain, resolution,
                resolutionAgain, at(recorded[3], base)));

        awaitMeeting(contract.meetingId(), 2, 1);
        String marker = publishMarker(MEETINGS, contract.meetingId());
        await().atMost(PATIENCE).until(() -> probe.processed(marker));
        assertEquals(List.of(base.plusSeconds(60), base.plusSeconds(120)),
                probe.eventTimes("meeting", contract.meetingId()));
        // The item's change includes its resolution's, as the item is not restricted.
        assertEquals(List.of(base.plusSeconds(100), base.plusSeconds(240)),
                probe.eventTimes("item", contract.id(CONTRACT_ITEM_11)));
        assertEquals(List.of(base.plusSeconds(30), base.plusSeconds(240)),
                probe.eventTimes("resolution", data(resolution).get("resolutionId").asText()));
    }

    @Test
    void shouldWriteANewItemOnceWhenItsResolutionsComeInTheSameBatch() {
        ContractEvents contract = new ContractEvents();
        String word = uniqueWord();
        ObjectNode[] recorded = contract.meeting("Set Vector Board " + uniqueWord(), "2019-04-02");
        ObjectNode resolution = recorded[2];
        data(resolution).put("text", "RESOLVED that " + word + " be noted.");
        ObjectNode second = republished(resolution);
        data(second).put("resolutionId", UUID.randomUUID().toString()).put("position", 2)
                .put("text", "RESOLVED that the " + word + " report be published.");
        UUID itemId = UUID.fromString(data(recorded[1]).get("itemId").asText());
        writes.count(itemId);
        // Item, then two resolutions of it, polled together: the item's search vector is computed as its row is
        // written, once, with both resolutions in it, not again for each of them.
        sendTogether(MEETINGS, contract.meetingId(), json(recorded[0], recorded[1], resolution, second, recorded[3]));

        awaitHit(word, itemId.toString());
        String marker = publishMarker(MEETINGS, contract.meetingId());
        await().atMost(PATIENCE).until(() -> probe.processed(marker));
        assertEquals(1, writes.writes(itemId));
        assertEquals(1, search(word).getLong("total"));
    }

    private static ObjectNode at(ObjectNode event, Instant time) {
        return event.put("time", time.toString());
    }

    /** The item's title as search shows it, found by a word of it. */
    private static Object title(String word, String itemId) {
        return hit(search(word), itemId).get("title");
    }

    private static String[] json(ObjectNode... events) {
        return Arrays.stream(events).map(ObjectNode::toString).toArray(String[]::new);
    }
}
