package org.minutebook.search.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.minutebook.messaging.consumer.Columns;
import org.minutebook.messaging.consumer.Delivered;
import org.minutebook.search.domain.PersonKeys;
import org.minutebook.search.messaging.MeetingRecorded;
import org.minutebook.search.messaging.MeetingRecorded.Person;
import org.minutebook.search.messaging.MeetingStatusChanged;
import org.minutebook.search.messaging.MeetingSuperseded;

/** Meeting and attendance rows from {@code minutes.meeting.recorded}. */
@ApplicationScoped
public class MeetingProjection {

    // recorded_at keeps the first record's time and changed_at the newest, whatever order a replay brings.
    private static final String UPSERT_MEETINGS = """
            INSERT INTO meeting (id, committee, date, start_time, location, status, modified_at, recorded_at,
                changed_at)
            SELECT u.id::uuid, u.committee, u.date::date, u.start_time::time, u.location, u.status, now(),
                u.recorded_at::timestamptz, u.changed_at::timestamptz
            FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
                AS u(id, committee, date, start_time, location, status, recorded_at, changed_at)
            ON CONFLICT (id) DO UPDATE SET committee = EXCLUDED.committee, date = EXCLUDED.date,
                start_time = EXCLUDED.start_time, location = EXCLUDED.location, status = EXCLUDED.status,
                modified_at = now(), recorded_at = LEAST(meeting.recorded_at, EXCLUDED.recorded_at),
                changed_at = GREATEST(meeting.changed_at, EXCLUDED.changed_at)""";
    private static final String DELETE_ATTENDANCE = "DELETE FROM attendance WHERE meeting_id = ANY (?::text[]::uuid[])";
    // The display name is the spelling at the newest meeting (ties: the first in sort order), not the last one
    // consumed; the key is what makes two spellings one person.
    private static final String UPSERT_PEOPLE = """
            INSERT INTO person (id, key, name, name_date, modified_at)
            SELECT u.id::uuid, u.key, u.name, u.name_date::date, now()
            FROM unnest(?::text[], ?::text[], ?::text[], ?::text[]) AS u(id, key, name, name_date)
            ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, name_date = EXCLUDED.name_date,
                modified_at = CASE WHEN person.name <> EXCLUDED.name THEN now() ELSE person.modified_at END
            WHERE EXCLUDED.name_date > person.name_date
                OR (EXCLUDED.name_date = person.name_date AND EXCLUDED.name < person.name)""";
    private static final String INSERT_ATTENDANCE = """
            INSERT INTO attendance (meeting_id, kind, position, name, honorific, organisation, role, person_id)
            SELECT u.meeting_id::uuid, u.kind, u.position::integer, u.name, u.honorific, u.organisation, u.role,
                u.person_id::uuid
            FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
                AS u(meeting_id, kind, position, name, honorific, organisation, role, person_id)""";

    private final EntityManager em;
    private final Tombstones tombstones;

    public MeetingProjection(EntityManager em, Tombstones tombstones) {
        this.em = em;
        this.tombstones = tombstones;
    }

    /**
     * The meetings with their whole attendance, in one statement per table. Joins the consumer's transaction, so the
     * effect commits with the processed event ids or not at all. Of two records of one meeting, the later stays.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void applyRecorded(List<Delivered<MeetingRecorded>> recorded) {
        Map<UUID, EventTimes.Timed<MeetingRecorded>> meetings = EventTimes.byRow(recorded, MeetingRecorded::meetingId);
        Columns rows = new Columns(8);
        Columns ids = new Columns(1);
        Columns attendance = new Columns(8);
        Map<UUID, Spelling> people = new LinkedHashMap<>();
        for (EventTimes.Timed<MeetingRecorded> timed : meetings.values()) {
            MeetingRecorded m = timed.data();
            rows.add(m.meetingId(), m.committee(), m.date(), m.startTime(), m.location(),
                    m.status() == null ? "DRAFT" : m.status(), timed.earliest(), timed.newest());
            ids.add(m.meetingId());
            MeetingRecorded.Attendance a = m.attendance();
            addAttendance(m, "PRESENT", a.present(), attendance, people);
            addAttendance(m, "OFFICER", a.officers(), attendance, people);
            addAttendance(m, "IN_ATTENDANCE", a.inAttendance(), attendance, people);
            addAttendance(m, "APOLOGY", a.apologies(), attendance, people);
        }
        rows.execute(em, UPSERT_MEETINGS);
        // The event carries the whole attendance, so replacing it converges however often it is applied.
        ids.execute(em, DELETE_ATTENDANCE);
        Columns personRows = new Columns(4);
        people.forEach((id, p) -> personRows.add(id, p.key(), p.name(), p.date()));
        personRows.execute(em, UPSERT_PEOPLE);
        attendance.execute(em, INSERT_ATTENDANCE);
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

    private static void addAttendance(MeetingRecorded meeting, String kind, List<Person> list, Columns attendance,
            Map<UUID, Spelling> people) {
        for (int position = 0; position < list.size(); position++) {
            Person person = list.get(position);
            if (person == null || person.name() == null || person.name().isBlank()) {
                continue;
            }
            String key = PersonKeys.key(person.name());
            UUID personId = PersonKeys.id(key);
            // One row per person in the statement: the spelling the rule above would keep of the batch's.
            people.merge(personId, new Spelling(key, person.name().strip().replaceAll("\\s+", " "),
                    meeting.date()), Spelling::newer);
            attendance.add(meeting.meetingId(), kind, position, person.name(), person.honorific(),
                    person.organisation(), person.role(), personId);
        }
    }

    /** A person's name as one meeting spells it. */
    private record Spelling(String key, String name, LocalDate date) {

        /** The newest meeting's spelling; on the same date, the first in sort order. */
        static Spelling newer(Spelling a, Spelling b) {
            int byDate = a.date.compareTo(b.date);
            if (byDate != 0) {
                return byDate > 0 ? a : b;
            }
            return a.name.compareTo(b.name) <= 0 ? a : b;
        }
    }
}
