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
import org.minutebook.search.service.PersonRecords.PersonSummary;

/** People named in attendance lists, from the person and attendance read models; see {@link PersonAttendance}. */
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

    private static Query bind(Query query, String pattern, Instant modifiedSince) {
        query.setParameter("pattern", pattern);
        if (modifiedSince != null) {
            query.setParameter("since", modifiedSince.atOffset(ZoneOffset.UTC));
        }
        return query;
    }

    private static List<String> lines(String joined) {
        return joined.isEmpty() ? List.of() : Arrays.stream(joined.split("\n")).sorted().toList();
    }
}
