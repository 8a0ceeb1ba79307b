package org.minutebook.meetings.rest;

import java.util.List;

import org.minutebook.meetings.record.ItemRecord;
import org.minutebook.meetings.record.MeetingRecord;
import org.minutebook.meetings.record.ResolutionRecord;

/**
 * A record as the public may read it: a restricted (exempt) item keeps its number and title and says it is
 * restricted; its text, its resolutions' wording and its actions are left out.
 */
final class PublicView {

    private PublicView() {
    }

    static MeetingRecord of(MeetingRecord record) {
        if (record.items().stream().noneMatch(ItemRecord::restricted)) {
            return record;
        }
        List<ItemRecord> items = record.items().stream().map(PublicView::of).toList();
        return new MeetingRecord(record.id(), record.committee(), record.date(), record.startTime(),
                record.location(), record.status(), record.attendance(), items);
    }

    private static ItemRecord of(ItemRecord item) {
        if (!item.restricted()) {
            return item;
        }
        List<ResolutionRecord> outcomes = item.resolutions().stream()
                .map(r -> new ResolutionRecord(null, r.outcome())).toList();
        return new ItemRecord(item.number(), item.title(), true, null, outcomes, item.declarations(), List.of(),
                item.deferral());
    }
}
