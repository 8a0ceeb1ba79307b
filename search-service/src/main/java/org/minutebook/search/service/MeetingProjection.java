package org.minutebook.search.service;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.minutebook.search.domain.PersonKeys;
import org.minutebook.search.messaging.MeetingRecorded;
import org.minutebook.search.messaging.MeetingRecorded.Person;
import org.minutebook.search.messaging.MeetingStatusChanged;
import org.minutebook.search.messaging.MeetingSuperseded;

/** Meeting and attendance rows from {@code minutes.meeting.recorded}. */
@ApplicationScoped
public class MeetingProjection {

    private final EntityManager em;
    private final Tombstones tombstones;

    public MeetingProjection(EntityManager em, Tombstones tombstones) {
        this.em = em;
        this.tombstones = tombstones;
    }

    /** Joins the consumer's transaction, so the effect commits with the processed event id or not at all. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(MeetingRecorded meeting, Instant time) {
        // recorded_at keeps the first record's time and changed_at the newest, whatever order a replay brings.
        em.createNativeQuery("""
                INSERT INTO meeting (id, committee, date, start_time, location, status, modified_at, recorded_at,
                    changed_at)
                VALUES (:id, :committee, :date, CAST(:startTime AS time), CAST(:location AS text), :status, now(),
                    :time, :time)
                ON CONFLICT (id) DO UPDATE SET committee = EXCLUDED.committee, date = EXCLUDED.date,
                    start_time = EXCLUDED.start_time, location = EXCLUDED.location, status = EXCLUDED.status,
                    modified_at = now(), recorded_at = LEAST(meeting.recorded_at, EXCLUDED.recorded_at),
                    changed_at = GREATEST(meeting.changed_at, EXCLUDED.changed_at)""")
                .setParameter("time", EventTimes.of(time))
                .setParameter("id", meeting.meetingId())
                .setParameter("committee", meeting.committee())
                .setParameter("date", meeting.date())
                .setParameter("startTime", meeting.startTime())
                .setParameter("location", meeting.location())
                .setParameter("status", meeting.status() == null ? "DRAFT" : meeting.status())
                .executeUpdate();
        replaceAttendance(meeting);
    }

    /**
     * A superseded record's items, resolutions and their action status are void; the corrected record's events,
     * which follow on the same partition, rebuild them.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void withdraw(MeetingSuperseded superseded, Instant time) {
        tombstones.buryMeetingRecords(superseded.meetingId(), time);
        for (String table : List.of("resolution", "item_action", "item_status", "item", "attendance")) {
            em.createNativeQuery("DELETE FROM " + table + " WHERE meeting_id = :id")
                    .setParameter("id", superseded.meetingId())
                    .executeUpdate();
        }
    }

    /**
     * Published or approved. Everything of the meeting counts as changed now, so that a sync by {@code modifiedSince}
     * fetches what has just become public. A meeting not seen yet is skipped: its record, when replayed, carries the
     * status.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void statusChanged(MeetingStatusChanged change, Instant time) {
        int updated = em.createNativeQuery("""
                UPDATE meeting SET status = :status, modified_at = now(), changed_at = GREATEST(changed_at, :time)
                WHERE id = :id""")
                .setParameter("status", change.status()).setParameter("id", change.meetingId())
                .setParameter("time", EventTimes.of(time)).executeUpdate();
        if (updated > 0) {
            for (String table : List.of("item", "resolution")) {
                em.createNativeQuery("UPDATE " + table
                        + " SET modified_at = now(), changed_at = GREATEST(changed_at, :time) WHERE meeting_id = :id")
                        .setParameter("id", change.meetingId()).setParameter("time", EventTimes.of(time))
                        .executeUpdate();
            }
        }
    }

    /** The event carries the whole attendance, so replacing it converges however often it is applied. */
    private void replaceAttendance(MeetingRecorded meeting) {
        em.createNativeQuery("DELETE FROM attendance WHERE meeting_id = :id")
                .setParameter("id", meeting.meetingId())
                .executeUpdate();
        MeetingRecorded.Attendance attendance = meeting.attendance();
        insert(meeting, "PRESENT", attendance.present());
        insert(meeting, "OFFICER", attendance.officers());
        insert(meeting, "IN_ATTENDANCE", attendance.inAttendance());
        insert(meeting, "APOLOGY", attendance.apologies());
    }

    private void insert(MeetingRecorded meeting, String kind, List<Person> people) {
        for (int position = 0; position < people.size(); position++) {
            Person person = people.get(position);
            if (person == null || person.name() == null || person.name().isBlank()) {
                continue;
            }
            String key = PersonKeys.key(person.name());
            UUID personId = PersonKeys.id(key);
            // The display name is the spelling at the newest meeting (ties: the first in sort order), not the last
            // one consumed; the key is what makes two spellings one person.
            em.createNativeQuery("""
                    INSERT INTO person (id, key, name, name_date, modified_at)
                    VALUES (:id, :key, :name, :date, now())
                    ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, name_date = EXCLUDED.name_date,
                        modified_at = CASE WHEN person.name <> EXCLUDED.name THEN now() ELSE person.modified_at END
                    WHERE EXCLUDED.name_date > person.name_date
                        OR (EXCLUDED.name_date = person.name_date AND EXCLUDED.name < person.name)""")
                    .setParameter("id", personId)
                    .setParameter("date", meeting.date())
                    .setParameter("key", key)
                    .setParameter("name", person.name().strip().replaceAll("\\s+", " "))
                    .executeUpdate();
            em.createNativeQuery("""
                    INSERT INTO attendance (meeting_id, kind, position, name, honorific, organisation, role,
                        person_id)
                    VALUES (:meetingId, :kind, :position, :name, CAST(:honorific AS text),
                        CAST(:organisation AS text), CAST(:role AS text), :personId)""")
                    .setParameter("personId", personId)
                    .setParameter("meetingId", meeting.meetingId())
                    .setParameter("kind", kind)
                    .setParameter("position", position)
                    .setParameter("name", person.name())
                    .setParameter("honorific", person.honorific())
                    .setParameter("organisation", person.organisation())
                    .setParameter("role", person.role())
                    .executeUpdate();
        }
    }
}
