package org.minutebook.search.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;

import org.minutebook.shared.problem.ProblemException;

/**
 * How often an organisation was represented, year by year: the published meetings at which anyone of it was present
 * (as member, officer or in attendance) out of the meetings of the committees it has ever attended, or of one
 * committee. Organisations are matched by part of their name, case ignored, as the minutes spell them.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class OrganisationAttendance {

    /** @param rate represented / meetings */
    public record Year(int year, long meetings, long represented, long apologies, double rate) {

        static Year of(int year, long meetings, long represented, long apologies) {
            return new Year(year, meetings, represented, apologies,
                    meetings == 0 ? 0 : (double) represented / meetings);
        }
    }

    public record Record(String organisation, String committee, List<String> spellings, List<Year> byYear) {
    }

    private static final String OF_IT = "strpos(lower(a.organisation), lower(:name)) > 0";

    private static final String BY_YEAR = """
            SELECT CAST(date_part('year', m.date) AS integer) AS year, count(*) AS meetings,
                count(*) FILTER (WHERE EXISTS (SELECT 1 FROM attendance a WHERE a.meeting_id = m.id
                    AND a.kind <> 'APOLOGY' AND %1$s)) AS represented,
                count(*) FILTER (WHERE EXISTS (SELECT 1 FROM attendance a WHERE a.meeting_id = m.id
                    AND a.kind = 'APOLOGY' AND %1$s)) AS apologies
            FROM published_meeting m
            WHERE m.committee IN (SELECT DISTINCT pm.committee FROM published_attendance a
                                  JOIN published_meeting pm ON pm.id = a.meeting_id WHERE %1$s) %2$s
            GROUP BY 1 ORDER BY 1""";

    private final EntityManager em;

    public OrganisationAttendance(EntityManager em) {
        this.em = em;
    }

    @SuppressWarnings("unchecked")
    public Record of(String name, String committee) {
        List<String> spellings = em.createNativeQuery("SELECT DISTINCT a.organisation FROM published_attendance a "
                + "WHERE " + OF_IT + " ORDER BY 1")
                .setParameter("name", name)
                .setMaxResults(50)
                .getResultList();
        if (spellings.isEmpty()) {
            throw new ProblemException(Response.Status.NOT_FOUND, "No one of an organisation named like '" + name
                    + "' attended a published meeting");
        }
        Query query = em.createNativeQuery(BY_YEAR.formatted(OF_IT, committee == null
                ? ""
                : "AND m.committee = :committee"))
                .setParameter("name", name);
        if (committee != null) {
            query.setParameter("committee", committee);
        }
        List<Object[]> rows = query.getResultList();
        List<Year> years = rows.stream()
                .map(row -> Year.of(((Number) row[0]).intValue(), ((Number) row[1]).longValue(),
                        ((Number) row[2]).longValue(), ((Number) row[3]).longValue()))
                .toList();
        return new Record(name, committee, spellings, years);
    }
}
