package org.minutebook.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.minutebook.search.support.Broker.MEETINGS;
import static org.minutebook.search.support.Broker.publish;
import static org.minutebook.search.support.ContractEvents.CONTRACT_ITEM_11;
import static org.minutebook.search.support.ContractEvents.ITEM_RECORDED;
import static org.minutebook.search.support.ContractEvents.MEETING_RECORDED;
import static org.minutebook.search.support.ContractEvents.data;
import static org.minutebook.search.support.ContractEvents.uniqueWord;
import static org.minutebook.search.support.SearchApi.awaitHit;

import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.minutebook.search.service.FacetCount;
import org.minutebook.search.service.ItemFilter;
import org.minutebook.search.service.ItemSearch;
import org.minutebook.search.service.SearchPage;
import org.minutebook.search.support.ContractEvents;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;

/** A query matching more items than the rank window ranks its newest matches, and a deeper page ranks more. */
@QuarkusTest
class SearchRankWindowTest {

    @Inject
    ItemSearch search;

    @Test
    void shouldRankTheNewestMatchesWhenThereAreMoreThanTheWindow() {
        String word = uniqueWord();
        // The oldest mentions the word most, so it ranks first when every match is ranked.
        UUID oldest = meetingMentioning(word, "2015-06-16", 6);
        UUID middle = meetingMentioning(word, "2016-06-21", 3);
        UUID newest = meetingMentioning(word, "2017-06-20", 1);

        assertEquals(List.of(oldest, middle, newest), itemIds(search.search(word, ItemFilter.NONE, 0, 3)));

        SearchPage first = search.search(word, ItemFilter.NONE, 0, 1, 2, ItemSearch.COUNT_CAP);
        assertEquals(3, first.total());
        assertEquals(List.of(middle), itemIds(first));
        // The third page reaches the third match: all three are ranked, the least relevant is third.
        assertEquals(List.of(newest), itemIds(search.search(word, ItemFilter.NONE, 2, 1, 2, ItemSearch.COUNT_CAP)));
        assertTrue(first.totalIsExact());

        // Counting stops at the cap: the total is a lower bound, the facets count the newest matches.
        SearchPage capped = search.search(word, ItemFilter.NONE, 0, 3, 2, 2);
        assertEquals(2, capped.total());
        assertFalse(capped.totalIsExact());
        assertEquals(List.of(new FacetCount("2016", 1), new FacetCount("2017", 1)), capped.facets().get("year"));
        // Every match can still be paged to.
        assertEquals(3, capped.hits().size());
    }

    private static UUID meetingMentioning(String word, String date, int times) {
        ContractEvents contract = new ContractEvents();
        ObjectNode meeting = contract.load(MEETING_RECORDED);
        ObjectNode item = contract.load(ITEM_RECORDED);
        data(meeting).put("date", date);
        data(item).put("date", date).put("text", (word + " is discussed. ").repeat(times));
        publish(MEETINGS, meeting, item);
        awaitHit(word, contract.id(CONTRACT_ITEM_11));
        return UUID.fromString(contract.id(CONTRACT_ITEM_11));
    }

    private static List<UUID> itemIds(SearchPage page) {
        return page.hits().stream().map(hit -> hit.itemId()).toList();
    }
}
