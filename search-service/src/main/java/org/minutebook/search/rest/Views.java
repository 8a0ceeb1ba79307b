package org.minutebook.search.rest;

import org.minutebook.search.domain.Meeting;
import org.minutebook.search.service.MeetingLookup.MeetingSummary;
import org.minutebook.search.service.SearchHit;
import org.minutebook.search.service.SearchPage;

/** The one place where read-model rows become the JSON clients see. */
final class Views {

    private Views() {
    }

    static SearchResultsView of(SearchPage page) {
        return new SearchResultsView(page.total(), page.page(), page.size(), page.query(),
                page.hits().stream().map(Views::of).toList());
    }

    static SearchHitView of(SearchHit hit) {
        return new SearchHitView(hit.meetingId(), hit.committee(), hit.date(), hit.itemId(), hit.itemNumber(),
                hit.title(), hit.restricted(), hit.rank(), hit.snippet());
    }

    static MeetingView of(MeetingSummary summary) {
        Meeting meeting = summary.meeting();
        return new MeetingView(meeting.id, meeting.committee, meeting.date, meeting.startTime, meeting.location,
                meeting.status, summary.itemCount(), summary.resolutionCount());
    }
}
