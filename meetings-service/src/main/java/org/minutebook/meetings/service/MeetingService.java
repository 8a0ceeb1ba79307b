package org.minutebook.meetings.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.minutebook.meetings.domain.Meeting;
import org.minutebook.meetings.messaging.MeetingEvents;
import org.minutebook.meetings.messaging.Outbox;
import org.minutebook.meetings.record.MeetingRecord;
import org.minutebook.shared.problem.ProblemException;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class MeetingService {

    public record Page(long total, int page, int size, java.util.List<MeetingRecord> results) {
    }

    private final Outbox outbox;

    public MeetingService(Outbox outbox) {
        this.outbox = outbox;
    }

    /** Stores the meeting and its events in one transaction: either both or neither. */
    @Transactional
    public MeetingRecord record(MeetingRecord record) {
        Meeting meeting = MeetingMapper.toEntity(record);
        meeting.recordedAt = Instant.now();
        meeting.persist();
        outbox.append(meeting.id, MeetingEvents.recorded(meeting, meeting.recordedAt));
        return MeetingMapper.toRecord(meeting);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public MeetingRecord find(UUID id) {
        Meeting meeting = Meeting.findById(id);
        if (meeting == null) {
            throw ProblemException.notFound("Meeting", id);
        }
        return MeetingMapper.toRecord(meeting);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page list(String committee, LocalDate from, LocalDate to, int page, int size) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (committee != null && !committee.isBlank()) {
            where.append(" and lower(committee) = lower(:committee)");
            params.and("committee", committee.strip());
        }
        if (from != null) {
            where.append(" and date >= :from");
            params.and("from", from);
        }
        if (to != null) {
            where.append(" and date <= :to");
            params.and("to", to);
        }
        PanacheQuery<Meeting> query = Meeting.find(where.toString(), Sort.descending("date").and("id"), params);
        long total = query.count();
        var results = query.page(page, size).list().stream().map(MeetingMapper::toRecord).toList();
        return new Page(total, page, size, results);
    }
}
