package org.minutebook.search.service;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.minutebook.search.domain.Item;
import org.minutebook.search.domain.Meeting;
import org.minutebook.search.domain.Resolution;
import org.minutebook.shared.problem.ProblemException;

/** A meeting as the search read model knows it, with how much of it has arrived. */
@ApplicationScoped
public class MeetingLookup {

    public record MeetingSummary(Meeting meeting, long itemCount, long resolutionCount) {
    }

    public MeetingSummary find(UUID id) {
        Meeting meeting = Meeting.<Meeting>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Meeting", id));
        return new MeetingSummary(meeting, Item.countByMeeting(id), Resolution.countByMeeting(id));
    }
}
