package org.minutebook.search.rest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.minutebook.search.domain.Meeting;
import org.minutebook.search.service.Decision;
import org.minutebook.search.service.Page;
import org.minutebook.search.service.MeetingLookup.MeetingSummary;
import org.minutebook.search.service.SearchHit;
import org.minutebook.search.service.SearchPage;

/** The one place where read-model rows become the JSON clients see. */
final class Views {

    private Views() {
    }

    static SearchResultsView of(SearchPage page) {
        Map<String, List<FacetView>> facets = new LinkedHashMap<>();
        page.facets().forEach((facet, counts) -> facets.put(facet,
                counts.stream().map(count -> new FacetView(count.value(), count.count())).toList()));
        return new SearchResultsView(page.total(), page.totalIsExact(), page.page(), page.size(), page.query(),
                page.hits().stream().map(Views::of).toList(), facets, page.removed().stream()
                        .map(r -> new RemovedView(r.kind(), r.id(), r.meetingId(), r.removedAt())).toList());
    }

    static SearchHitView of(SearchHit hit) {
        return new SearchHitView(hit.meetingId(), hit.committee(), hit.date(), hit.itemId(), hit.itemNumber(),
                hit.title(), hit.restricted(), hit.rank(), hit.snippet());
    }

    static MeetingView of(MeetingSummary summary) {
        Meeting meeting = summary.meeting();
        return new MeetingView(meeting.id, meeting.committee, meeting.date, meeting.startTime, meeting.location,
                meeting.status, summary.itemCount(), summary.resolutionCount(), meeting.modifiedAt);
    }

    static PageView<DecisionView> decisions(Page<Decision> page) {
        return new PageView<>(page.total(), page.totalIsExact(), page.page(), page.size(),
                page.results().stream().map(Views::of).toList(), removed(page));
    }

    static DecisionView of(Decision d) {
        return new DecisionView(d.id(), d.position(), d.outcome(), d.text(), d.restricted(), d.itemId(),
                d.itemNumber(), d.itemTitle(), d.meetingId(), d.committee(), d.date(), d.modifiedAt());
    }

    static List<RemovedView> removed(Page<?> page) {
        return page.removed().stream()
                .map(r -> new RemovedView(r.kind(), r.id(), r.meetingId(), r.removedAt()))
                .toList();
    }
}
