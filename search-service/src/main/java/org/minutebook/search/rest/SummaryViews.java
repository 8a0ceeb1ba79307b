package org.minutebook.search.rest;

import java.util.List;

import org.minutebook.search.domain.Meeting;
import org.minutebook.search.rest.MeetingSummaryView.ActionStatusView;
import org.minutebook.search.rest.MeetingSummaryView.AttendanceView;
import org.minutebook.search.rest.MeetingSummaryView.AttendeeView;
import org.minutebook.search.rest.MeetingSummaryView.DeferralStatusView;
import org.minutebook.search.rest.MeetingSummaryView.ItemSummaryView;
import org.minutebook.search.rest.MeetingSummaryView.ResolutionSummaryView;
import org.minutebook.search.service.MeetingRecord;
import org.minutebook.search.service.MeetingRecord.Attendee;
import org.minutebook.search.service.MeetingRecord.ItemRecord;

/** Maps a meeting record to its summary view; split from {@link Views} only to keep files small. */
final class SummaryViews {

    private SummaryViews() {
    }

    static MeetingSummaryView of(MeetingRecord record) {
        Meeting m = record.meeting();
        AttendanceView attendance = new AttendanceView(attendees(record, "PRESENT"), attendees(record, "OFFICER"),
                attendees(record, "IN_ATTENDANCE"), attendees(record, "APOLOGY"));
        return new MeetingSummaryView(m.id, m.committee, m.date, m.startTime, m.location, m.status, attendance,
                record.items().stream().map(SummaryViews::of).toList());
    }

    private static List<AttendeeView> attendees(MeetingRecord record, String kind) {
        return record.attendance().stream()
                .filter(a -> a.kind().equals(kind))
                .map(SummaryViews::of)
                .toList();
    }

    private static AttendeeView of(Attendee a) {
        return new AttendeeView(a.personId(), a.name(), a.honorific(), a.organisation(), a.role());
    }

    private static ItemSummaryView of(ItemRecord item) {
        var deferral = item.deferral();
        return new ItemSummaryView(item.id(), item.position(), item.number(), item.minuteReference(),
                item.title(), item.restricted(),
                item.text(),
                item.resolutions().stream()
                        .map(r -> new ResolutionSummaryView(r.id(), r.position(), r.outcome(), r.text()))
                        .toList(),
                item.openActions(),
                item.actions().stream().map(a -> new ActionStatusView(a.id(), a.status(), a.description())).toList(),
                deferral == null
                        ? null
                        : new DeferralStatusView(deferral.id(), deferral.status(), deferral.until(),
                                deferral.untilDate(), deferral.note(), deferral.timesCarriedForward()));
    }
}
