package org.minutebook.search.service;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.hibernate.query.NativeQuery;

/** Full-text search over items: titles, discussion and resolutions, through the GIN-indexed {@code search} vector. */
@ApplicationScoped
public class ItemSearch {

    private static final String COUNT = """
            SELECT count(*) FROM item i, websearch_to_tsquery('english', :q) query WHERE i.search @@ query""";

    /*
     * Pages first, then runs ts_headline (the costly part) on that page only. The document is HTML-escaped before
     * ts_headline, so the <mark> it inserts are the only tags in a snippet. A restricted item's snippet is made from
     * its title alone, so its text never reaches a search result.
     */
    private static final String PAGE = """
            WITH query AS (SELECT websearch_to_tsquery('english', :q) AS tsq),
            page AS (
                SELECT i.id, i.meeting_id, i.committee, i.meeting_date, i.position, i.number, i.title, i.restricted,
                    CASE WHEN i.restricted THEN i.title
                         ELSE concat_ws(E'\\n', i.title, i.text, i.resolutions_text) END AS document,
                    ts_rank_cd(i.search, query.tsq) AS rank
                FROM item i, query
                WHERE i.search @@ query.tsq
                ORDER BY rank DESC, i.meeting_date DESC, i.meeting_id, i.position
                LIMIT :size OFFSET :offset)
            SELECT p.meeting_id, p.committee, p.meeting_date, p.id AS item_id, p.number, p.title, p.restricted,
                CAST(p.rank AS float8) AS rank,
                ts_headline('english',
                    replace(replace(replace(p.document, '&', '&amp;'), '<', '&lt;'), '>', '&gt;'),
                    query.tsq,
                    'StartSel=<mark>, StopSel=</mark>, MaxFragments=2, MaxWords=30, MinWords=10') AS snippet
            FROM page p, query
            ORDER BY p.rank DESC, p.meeting_date DESC, p.meeting_id, p.position""";

    private final EntityManager em;

    public ItemSearch(EntityManager em) {
        this.em = em;
    }

    public SearchPage search(String q, int page, int size) {
        long total = ((Number) em.createNativeQuery(COUNT).setParameter("q", q).getSingleResult()).longValue();
        List<SearchHit> hits = total == 0 ? List.of() : pageOf(q, page, size);
        return new SearchPage(total, page, size, q, hits);
    }

    @SuppressWarnings("unchecked")
    private List<SearchHit> pageOf(String q, int page, int size) {
        List<Object[]> rows = em.createNativeQuery(PAGE)
                .unwrap(NativeQuery.class)
                .addScalar("meeting_id", UUID.class)
                .addScalar("committee", String.class)
                .addScalar("meeting_date", LocalDate.class)
                .addScalar("item_id", UUID.class)
                .addScalar("number", String.class)
                .addScalar("title", String.class)
                .addScalar("restricted", Boolean.class)
                .addScalar("rank", Double.class)
                .addScalar("snippet", String.class)
                .setParameter("q", q)
                .setParameter("size", size)
                .setParameter("offset", (long) page * size)
                .getResultList();
        return rows.stream()
                .map(row -> new SearchHit((UUID) row[0], (String) row[1], (LocalDate) row[2], (UUID) row[3],
                        (String) row[4], (String) row[5], (Boolean) row[6], (Double) row[7], (String) row[8]))
                .toList();
    }
}
