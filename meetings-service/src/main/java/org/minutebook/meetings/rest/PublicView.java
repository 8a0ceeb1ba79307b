package org.minutebook.meetings.rest;

import java.util.List;

import org.minutebook.meetings.record.DeferralRecord;
import org.minutebook.meetings.record.ItemRecord;
import org.minutebook.meetings.record.MeetingRecord;
import org.minutebook.meetings.record.ResolutionRecord;

/**
 * A record as the public may read it: a restricted (exempt) item keeps its number and title and says it is
 * restricted; its text, its resolutions' wording, its actions and any note on its deferral are left out.
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
        DeferralRecord deferral = item.deferral() == null
                ? null
                : new DeferralRecord(item.deferral().until(), item.deferral().date(), null);
        return item.withheld(outcomes, deferral);
    }
}
