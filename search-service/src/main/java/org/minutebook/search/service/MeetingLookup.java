package org.minutebook.search.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.minutebook.search.domain.Item;
import org.minutebook.search.domain.Meeting;
import org.minutebook.search.domain.Resolution;
import org.minutebook.shared.problem.ProblemException;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;

/** A meeting as the search read model knows it, with how much of it has arrived. */
@ApplicationScoped
public class MeetingLookup {

    public record MeetingSummary(Meeting meeting, long itemCount, long resolutionCount) {
    }

    /** Meetings newest first, narrowed by the filter's committee, dates and modifiedSince. */
    public Page<MeetingSummary> list(ItemFilter filter, int page, int size) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        conditions.add("status <> 'DRAFT'"); // a draft is kept, not shown
        if (filter.committee() != null) {
            conditions.add("committee = :committee");
            parameters.put("committee", filter.committee());
        }
        if (filter.from() != null) {
            conditions.add("date >= :from");
            parameters.put("from", filter.from());
        }
        if (filter.to() != null) {
            conditions.add("date <= :to");
            parameters.put("to", filter.to());
        }
        if (filter.modifiedSince() != null) {
            conditions.add("modifiedAt > :since");
            parameters.put("since", filter.modifiedSince());
        }
        PanacheQuery<Meeting> query = Meeting.find(conditions.isEmpty() ? "" : String.join(" and ", conditions),
                Sort.descending("date").and("committee").and("id"), parameters);
        List<MeetingSummary> meetings = query.page(page, size).list().stream()
                .map(m -> new MeetingSummary(m, Item.countByMeeting(m.id), Resolution.countByMeeting(m.id)))
                .toList();
        return new Page<>(query.count(), page, size, meetings, List.of());
    }

    public MeetingSummary find(UUID id) {
        Meeting meeting = Meeting.<Meeting>findByIdOptional(id).filter(m -> !"DRAFT".equals(m.status))
                .orElseThrow(() -> ProblemException.notFound("Meeting", id));
        return new MeetingSummary(meeting, Item.countByMeeting(id), Resolution.countByMeeting(id));
    }
}
