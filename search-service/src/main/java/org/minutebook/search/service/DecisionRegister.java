package org.minutebook.search.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

/** Every resolution with its meeting and item, newest meeting first; a restricted item's wording is withheld. */
@ApplicationScoped
public class DecisionRegister {

    private static final String FROM = """
            FROM published_resolution r JOIN published_item i ON i.id = r.item_id WHERE true %s""";

    private static final String PAGE = """
            SELECT CAST(r.id AS text), r.position, r.outcome, CASE WHEN i.restricted THEN NULL ELSE r.text END,
                i.restricted, CAST(i.id AS text), i.number, i.title, CAST(i.meeting_id AS text), i.committee,
                i.meeting_date, r.modified_at
            """ + FROM + """
             ORDER BY i.meeting_date DESC, i.committee, i.meeting_id, i.position, r.position
            LIMIT :size OFFSET :offset""";

    /** At most this many decisions are counted; beyond, the total says it is a lower bound. */
    public static final int COUNT_CAP = 10_000;

    private final EntityManager em;
    private final RemovedRecords removed;

    public DecisionRegister(EntityManager em, RemovedRecords removed) {
        this.em = em;
        this.removed = removed;
    }

    @SuppressWarnings("unchecked")
    public Page<Decision> list(ItemFilter filter, String outcome, Instant modifiedSince, int page, int size) {
        String conditions = filter.conditions() + (outcome == null ? "" : " AND r.outcome = :outcome")
                + (modifiedSince == null ? "" : " AND r.modified_at > :since");
        // Counted up to the cap: every decision of a large archive would be read for each page otherwise.
        long counted = ((Number) bind(em.createNativeQuery("SELECT count(*) FROM (SELECT 1 " + FROM.formatted(
                conditions) + " LIMIT :cap + 1) capped"), filter, outcome, modifiedSince)
                .setParameter("cap", COUNT_CAP).getSingleResult()).longValue();
        long total = Math.min(counted, COUNT_CAP);
        List<Object[]> rows = total == 0
                ? List.of()
                : bind(em.createNativeQuery(PAGE.formatted(conditions)), filter, outcome, modifiedSince)
                        .setParameter("size", size)
                        .setParameter("offset", (long) page * size)
                        .getResultList();
        List<Decision> decisions = rows.stream().map(DecisionRegister::decision).toList();
        return new Page<>(total, counted <= COUNT_CAP, page, size, decisions,
                removed.since("RESOLUTION", modifiedSince, filter.committee()));
    }

    private static Query bind(Query query, ItemFilter filter, String outcome, Instant modifiedSince) {
        if (outcome != null) {
            query.setParameter("outcome", outcome);
        }
        if (modifiedSince != null) {
            query.setParameter("since", modifiedSince.atOffset(ZoneOffset.UTC));
        }
        return filter.bind(query);
    }

    static Decision decision(Object[] row) {
        return new Decision(UUID.fromString((String) row[0]), ((Number) row[1]).intValue(), (String) row[2],
                (String) row[3], (Boolean) row[4], UUID.fromString((String) row[5]), (String) row[6],
                (String) row[7], UUID.fromString((String) row[8]), (String) row[9], toDate(row[10]),
                toInstant(row[11]));
    }

    static LocalDate toDate(Object value) {
        return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
    }

    public static Instant toInstant(Object value) {
        if (value instanceof OffsetDateTime time) {
            return time.toInstant();
        }
        return value instanceof java.sql.Timestamp timestamp ? timestamp.toInstant() : (Instant) value;
    }
}
