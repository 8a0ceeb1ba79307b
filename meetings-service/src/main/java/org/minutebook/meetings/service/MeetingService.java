package org.minutebook.meetings.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;

import org.minutebook.meetings.domain.CommitteeNames;
import org.minutebook.meetings.domain.Meeting;
import org.minutebook.meetings.messaging.MeetingEvents;
import org.minutebook.meetings.record.MeetingRecord;
import org.minutebook.messaging.outbox.Outbox;
import org.minutebook.shared.problem.Problem;
import org.minutebook.shared.problem.ProblemException;

import io.quarkus.narayana.jta.QuarkusTransaction;
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
     * date, so a second record for the same committee and date is a conflict naming the first. A new record is a
     * draft, seen by officers and clerks only, unless {@code publish} makes it public at once.
     */
    @Transactional
    public MeetingRecord record(MeetingRecord record, boolean publish) {
        sameMeeting(record).ifPresent(existing -> {
            throw conflict(existing);
        });
        return store(MeetingMapper.toEntity(record), publish ? Meeting.Status.PUBLISHED : Meeting.Status.DRAFT);
    }

    /** Records or replaces, as {@code storing} says. */
    @Transactional
    public MeetingRecord save(MeetingRecord record, Storing storing) {
        return storing.replace() ? replace(record, storing.publish()) : record(record, storing.publish());
    }

    /**
     * Supersedes the committee's record for that date, keeping its id: consumers first get
     * {@code minutes.meeting.superseded}, then the corrected record's events. A correction keeps the status of the
     * record it corrects (published minutes stay public); {@code publish} publishes a draft.
     */
    @Transactional
    public MeetingRecord replace(MeetingRecord record, boolean publish) {
        Optional<Meeting> existing = sameMeeting(record);
        if (existing.isEmpty()) {
            return record(record, publish);
        }
        Meeting old = existing.get();
        Instant now = Instant.now();
        MeetingEvents.superseded(outbox, old, now);
        old.delete();
        flushOrConflict(old);
        Meeting corrected = MeetingMapper.toEntity(record);
        corrected.id = old.id;
        return store(corrected, publish && old.status == Meeting.Status.DRAFT ? Meeting.Status.PUBLISHED : old.status);
    }

    private MeetingRecord store(Meeting meeting, Meeting.Status status) {
        meeting.recordedAt = Instant.now();
        meeting.status = status;
        meeting.persist();
        flushOrConflict(meeting);
        MeetingEvents.recorded(outbox, meeting, meeting.recordedAt);
        if (status != Meeting.Status.DRAFT) {
            // consumers learn a meeting is public from this event, whichever way it got there
            MeetingEvents.statusChanged(outbox, meeting, meeting.recordedAt);
        }
        return MeetingMapper.toRecord(meeting);
    }

    /**
     * Moves a meeting on: DRAFT to PUBLISHED (the public may read it), PUBLISHED to APPROVED (agreed as a true record,
     * usually at the next meeting). Anything else is a conflict naming the current status.
     */
    @Transactional
    public MeetingRecord moveTo(UUID id, Meeting.Status target) {
        Meeting meeting = Meeting.findById(id);
        if (meeting == null) {
            throw ProblemException.notFound("Meeting", id);
        }
        Meeting.Status required = target == Meeting.Status.APPROVED ? Meeting.Status.PUBLISHED : Meeting.Status.DRAFT;
        if (meeting.status != required) {
            throw new ProblemException(Problem.of(Response.Status.CONFLICT, "Meeting " + id + " is "
                    + meeting.status + "; only a " + required + " meeting can become " + target)
                    .with("currentStatus", meeting.status.name()));
        }
        meeting.status = target;
        MeetingEvents.statusChanged(outbox, meeting, Instant.now());
        return MeetingMapper.toRecord(meeting);
    }

    private static Optional<Meeting> sameMeeting(MeetingRecord record) {
        return Meeting.find("committeeKey = ?1 and date = ?2", CommitteeNames.key(record.committee()), record.date())
                .firstResultOptional();
    }

    /**
     * Two requests for the same committee and date at once: the database keeps one (a unique key, or a row already
     * gone when the other replaced it); the loser is told of the winner with a 409, not a 500.
     */
    private void flushOrConflict(Meeting meeting) {
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (!ConcurrentWrites.isConflict(e)) {
                throw e;
            }
            String key = meeting.committeeKey;
            LocalDate date = meeting.date;
            Optional<Meeting> winner = QuarkusTransaction.requiringNew()
                    .call(() -> Meeting.<Meeting>find("committeeKey = ?1 and date = ?2", key, date)
                            .firstResultOptional());
            throw winner.map(MeetingService::conflict).orElseGet(() -> new ProblemException(Problem.of(
                    Response.Status.CONFLICT, "Another request changed " + meeting.committee + " on " + date
                            + " at the same time; read it and try again")));
        }
    }

    private static ProblemException conflict(Meeting existing) {
        return new ProblemException(Problem.of(Response.Status.CONFLICT,
                "Meeting " + existing.id + " already records " + existing.committee + " on " + existing.date
                        + "; replace it explicitly to supersede it")
                .with("existingMeetingId", existing.id.toString())
                .with("existingMeeting", "/api/meetings/" + existing.id));
    }

    /** @param publicOnly a draft is not found, as if it did not exist */
    @Transactional(Transactional.TxType.SUPPORTS)
    public MeetingRecord find(UUID id, boolean publicOnly) {
        Meeting meeting = Meeting.findById(id);
        if (meeting == null || publicOnly && meeting.status == Meeting.Status.DRAFT) {
            throw ProblemException.notFound("Meeting", id);
        }
        return MeetingMapper.toRecord(meeting);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page list(String committee, LocalDate from, LocalDate to, Meeting.Status status, boolean publicOnly,
            int page, int size) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (publicOnly) {
            where.append(" and status <> :draft");
            params.and("draft", Meeting.Status.DRAFT);
        }
        if (status != null) {
            where.append(" and status = :status");
            params.and("status", status);
        }
        if (committee != null && !committee.isBlank()) {
            where.append(" and committeeKey = :committee");
            params.and("committee", CommitteeNames.key(committee));
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
