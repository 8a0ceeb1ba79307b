package org.minutebook.search.service;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.minutebook.search.domain.PersonKeys;
import org.minutebook.search.service.PersonRecords.Attendance;
import org.minutebook.search.service.PersonRecords.Entry;
import org.minutebook.search.service.PersonRecords.PersonSummary;
import org.minutebook.search.service.PersonRecords.YearRate;
import org.minutebook.shared.problem.ProblemException;

/** People and their attendance record, from the person and attendance read models. */
@ApplicationScoped
public class People {

    private static final String LISTED = """
            FROM person p JOIN published_attendance a ON a.person_id = p.id
            WHERE p.key LIKE :pattern ESCAPE '\\' %s""";

    private static final String PAGE = """
            SELECT CAST(p.id AS text), p.name,
                count(DISTINCT a.meeting_id) FILTER (WHERE a.kind = 'PRESENT'), count(DISTINCT a.meeting_id),
                coalesce(string_agg(DISTINCT a.organisation, E'\\n'), '')
            """ + LISTED + """
            GROUP BY p.id, p.name, p.key ORDER BY p.key LIMIT :size OFFSET :offset""";

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

    private final EntityManager em;

    public People(EntityManager em) {
        this.em = em;
    }

    @SuppressWarnings("unchecked")
    public Page<PersonSummary> list(String q, Instant modifiedSince, int page, int size) {
        String pattern = "%" + (q == null ? "" : PersonKeys.key(q).replaceAll("([\\\\%_])", "\\\\$1")) + "%";
        String conditions = modifiedSince == null ? "" : "AND p.modified_at > :since";
        Query count = em.createNativeQuery("SELECT count(DISTINCT p.id) " + LISTED.formatted(conditions));
        long total = ((Number) bind(count, pattern, modifiedSince).getSingleResult()).longValue();
        List<Object[]> rows = bind(em.createNativeQuery(PAGE.formatted(conditions)), pattern, modifiedSince)
                .setParameter("size", size)
                .setParameter("offset", (long) page * size)
                .getResultList();
        List<PersonSummary> people = rows.stream()
                .map(row -> new PersonSummary(UUID.fromString((String) row[0]), (String) row[1],
                        ((Number) row[2]).longValue(), ((Number) row[3]).longValue(), lines((String) row[4])))
                .toList();
        return new Page<>(total, page, size, people, List.of());
    }

    @SuppressWarnings("unchecked")
    public Attendance attendance(UUID id) {
        // Someone seen only at draft meetings is not known to the public yet.
        List<String> names = em.createNativeQuery("""
                SELECT name FROM person p WHERE id = :id
                    AND EXISTS (SELECT 1 FROM published_attendance a WHERE a.person_id = p.id)""")
                .setParameter("id", id).getResultList();
        if (names.isEmpty()) {
            throw ProblemException.notFound("Person", id);
        }
        List<Object[]> rows = em.createNativeQuery("""
                SELECT CAST(m.id AS text), m.committee, m.date, a.kind, a.organisation, a.role
                FROM published_attendance a JOIN published_meeting m ON m.id = a.meeting_id
                WHERE a.person_id = :id ORDER BY m.date DESC, m.committee, m.id, a.kind""")
                .setParameter("id", id).getResultList();
        List<Entry> entries = rows.stream()
                .map(row -> new Entry(UUID.fromString((String) row[0]), (String) row[1],
                        DecisionRegister.toDate(row[2]), (String) row[3], (String) row[4], (String) row[5]))
                .toList();
        List<Object[]> rates = em.createNativeQuery(RATES).setParameter("id", id).getResultList();
        List<YearRate> byYear = rates.stream()
                .map(row -> new YearRate(((Number) row[0]).intValue(), ((Number) row[1]).longValue(),
                        ((Number) row[2]).longValue()))
                .toList();
        List<String> organisations = entries.stream().map(Entry::organisation)
                .filter(organisation -> organisation != null && !organisation.isBlank()).distinct().sorted().toList();
        return new Attendance(id, names.get(0), organisations, distinctMeetings(entries, "PRESENT"),
                distinctMeetings(entries, "OFFICER"), distinctMeetings(entries, "IN_ATTENDANCE"),
                distinctMeetings(entries, "APOLOGY"), byYear, entries);
    }

    private static Query bind(Query query, String pattern, Instant modifiedSince) {
        query.setParameter("pattern", pattern);
        if (modifiedSince != null) {
            query.setParameter("since", modifiedSince.atOffset(ZoneOffset.UTC));
        }
        return query;
    }

    private static long distinctMeetings(List<Entry> entries, String kind) {
        return entries.stream().filter(e -> e.kind().equals(kind)).map(Entry::meetingId).distinct().count();
    }

    private static List<String> lines(String joined) {
        return joined.isEmpty() ? List.of() : Arrays.stream(joined.split("\n")).sorted().toList();
    }
}
