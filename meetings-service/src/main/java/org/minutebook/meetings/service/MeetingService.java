package org.minutebook.meetings.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;

import org.minutebook.meetings.domain.Meeting;
import org.minutebook.meetings.messaging.MeetingEvents;
import org.minutebook.meetings.messaging.Outbox;
import org.minutebook.meetings.record.MeetingRecord;
import org.minutebook.shared.problem.Problem;
import org.minutebook.shared.problem.ProblemException;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class MeetingService {

    public record Page(long total, int page, int size, List<MeetingRecord> results) {
    }

    private final Outbox outbox;
    private final EntityManager em;

    public MeetingService(Outbox outbox, EntityManager em) {
        this.outbox = outbox;
        this.em = em;
    }

    /**
     * Stores the meeting and its events in one transaction: either both or neither. A committee meets once on a
     * date, so a second record for the same committee and date is a conflict naming the first.
     */
    @Transactional
    public MeetingRecord record(MeetingRecord record) {
        sameMeeting(record).ifPresent(existing -> {
            throw conflict(existing);
        });
        return store(MeetingMapper.toEntity(record));
    }

    /**
     * Supersedes the committee's record for that date, keeping its id: consumers first get
     * {@code minutes.meeting.superseded}, then the corrected record's events.
     */
    @Transactional
    public MeetingRecord replace(MeetingRecord record) {
        Optional<Meeting> existing = sameMeeting(record);
        if (existing.isEmpty()) {
            return store(MeetingMapper.toEntity(record));
        }
        Meeting old = existing.get();
        Instant now = Instant.now();
        outbox.append(old.id, List.of(MeetingEvents.superseded(old, now)));
        old.delete();
        em.flush();
        Meeting corrected = MeetingMapper.toEntity(record);
        corrected.id = old.id;
        return store(corrected);
    }

    private MeetingRecord store(Meeting meeting) {
        meeting.recordedAt = Instant.now();
        meeting.persist();
        outbox.append(meeting.id, MeetingEvents.recorded(meeting, meeting.recordedAt));
        return MeetingMapper.toRecord(meeting);
    }

    private static Optional<Meeting> sameMeeting(MeetingRecord record) {
        return Meeting.find("lower(committee) = lower(?1) and date = ?2", record.committee().strip(), record.date())
                .firstResultOptional();
    }

    private static ProblemException conflict(Meeting existing) {
        return new ProblemException(Problem.of(Response.Status.CONFLICT,
                "Meeting " + existing.id + " already records " + existing.committee + " on " + existing.date
                        + "; replace it explicitly to supersede it")
                .with("existingMeetingId", existing.id.toString())
                .with("existingMeeting", "/api/meetings/" + existing.id));
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
