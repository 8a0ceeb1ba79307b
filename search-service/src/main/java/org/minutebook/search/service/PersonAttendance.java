package org.minutebook.search.service;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.minutebook.search.service.PersonRecords.Attendance;
import org.minutebook.search.service.PersonRecords.Entry;
import org.minutebook.search.service.PersonRecords.YearRate;
import org.minutebook.shared.problem.ProblemException;

/**
 * A person's attendance record: counts by capacity, organisations and rates per year computed in the database, and
 * one page of the listings, newest first. A councillor of forty years has thousands of listings; an answer that held
 * them all grew with the archive.
 */
@ApplicationScoped
public class PersonAttendance {

    /*
     * The committees a person is listed for (in any capacity) in a year set the denominator: every meeting those
     * committees held that year.
     */
    private static final String RATES = """
            WITH listed AS (SELECT DISTINCT m.committee, CAST(extract(year FROM m.date) AS integer) AS year
                            FROM published_attendance a JOIN published_meeting m ON m.id = a.meeting_id WHERE a.person_id = :id),
            held AS (SELECT l.year, count(*) AS meetings FROM listed l
                     JOIN published_meeting m ON m.committee = l.committee AND CAST(extract(year FROM m.date) AS integer) = l.year
                     GROUP BY l.year),
            present AS (SELECT CAST(extract(year FROM m.date) AS integer) AS year, count(DISTINCT m.id) AS n
                        FROM published_attendance a JOIN published_meeting m ON m.id = a.meeting_id
                        WHERE a.person_id = :id AND a.kind = 'PRESENT' GROUP BY 1)
            SELECT h.year, coalesce(p.n, 0), h.meetings FROM held h LEFT JOIN present p ON p.year = h.year
            ORDER BY h.year""";

    private static final String BY_KIND = """
            SELECT a.kind, count(DISTINCT a.meeting_id), count(*) FROM published_attendance a
            WHERE a.person_id = :id GROUP BY a.kind""";

    private static final String ORGANISATIONS = """
            SELECT DISTINCT a.organisation FROM published_attendance a
            WHERE a.person_id = :id AND btrim(coalesce(a.organisation, '')) <> '' ORDER BY 1""";

    private static final String LISTINGS = """
            SELECT CAST(m.id AS text), m.committee, m.date, a.kind, a.organisation, a.role
            FROM published_attendance a JOIN published_meeting m ON m.id = a.meeting_id
            WHERE a.person_id = :id ORDER BY m.date DESC, m.committee, m.id, a.kind
            LIMIT :size OFFSET :offset""";

    private final EntityManager em;

    public PersonAttendance(EntityManager em) {
        this.em = em;
    }

    /** @throws ProblemException 404 for someone not listed at any published meeting (not known to the public yet) */
    @SuppressWarnings("unchecked")
    public Attendance of(UUID id, int page, int size) {
        List<String> names = em.createNativeQuery("""
                SELECT name FROM person p WHERE id = :id
                    AND EXISTS (SELECT 1 FROM published_attendance a WHERE a.person_id = p.id)""")
                .setParameter("id", id).getResultList();
        if (names.isEmpty()) {
            throw ProblemException.notFound("Person", id);
        }
        Map<String, long[]> byKind = ((List<Object[]>) em.createNativeQuery(BY_KIND).setParameter("id", id)
                .getResultList()).stream().collect(Collectors.toMap(row -> (String) row[0],
                        row -> new long[]{((Number) row[1]).longValue(), ((Number) row[2]).longValue()}));
        long listings = byKind.values().stream().mapToLong(counts -> counts[1]).sum();
        List<String> organisations = em.createNativeQuery(ORGANISATIONS).setParameter("id", id).getResultList();
        List<Entry> entries = ((List<Object[]>) em.createNativeQuery(LISTINGS).setParameter("id", id)
                .setParameter("size", size).setParameter("offset", (long) page * size).getResultList()).stream()
                .map(row -> new Entry(UUID.fromString((String) row[0]), (String) row[1],
                        DecisionRegister.toDate(row[2]), (String) row[3], (String) row[4], (String) row[5]))
                .toList();
        List<YearRate> byYear = ((List<Object[]>) em.createNativeQuery(RATES).setParameter("id", id)
                .getResultList()).stream()
                .map(row -> new YearRate(((Number) row[0]).intValue(), ((Number) row[1]).longValue(),
                        ((Number) row[2]).longValue()))
                .toList();
        return new Attendance(id, names.get(0), organisations, meetings(byKind, "PRESENT"),
                meetings(byKind, "OFFICER"), meetings(byKind, "IN_ATTENDANCE"), meetings(byKind, "APOLOGY"), byYear,
                listings, page, size, entries);
    }

    private static long meetings(Map<String, long[]> byKind, String kind) {
        long[] counts = byKind.get(kind);
        return counts == null ? 0 : counts[0];
    }
}
