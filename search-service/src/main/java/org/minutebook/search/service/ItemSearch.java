package org.minutebook.search.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.hibernate.query.NativeQuery;

/** Full-text search over items: titles, discussion and resolutions, through the GIN-indexed {@code search} vector. */
@ApplicationScoped
public class ItemSearch {

    /*
     * The newest cap + 1 matches at most: a frequent word matches most of the archive, and counting or faceting all
     * of it is linear in the matches. The date index finds them newest first.
     */
    private static final String MATCHES = """
            WITH query AS (SELECT %s AS tsq),
            newest AS (SELECT i.id, i.committee, i.meeting_date, i.outcomes FROM published_item i, query
                       WHERE i.search @@ query.tsq %s
                       ORDER BY i.meeting_date DESC, i.id LIMIT :cap + 1),
            matches AS (SELECT * FROM newest ORDER BY meeting_date DESC, id LIMIT :cap)
            """;

    /*
     * Counts per year, committee and outcome over the matches (the newest cap of them when there are more); the year
     * counts add up to the total. The 'total' row counts one past the cap, to tell whether there are more. An item's
     * outcomes are kept on its row (those of its resolutions), so no resolution is read.
     */
    private static final String FACETS = MATCHES + """
            SELECT 'total' AS facet, '' AS value, count(*) AS n FROM newest
            UNION ALL SELECT 'year', CAST(CAST(extract(year FROM meeting_date) AS integer) AS text), count(*)
                FROM matches GROUP BY 2
            UNION ALL SELECT 'committee', committee, count(*) FROM matches GROUP BY 2
            UNION ALL SELECT 'outcome', o.outcome, count(*) FROM matches m, unnest(m.outcomes) AS o(outcome) GROUP BY 2
            ORDER BY 1, 3 DESC, 2""";

    /*
     * Pages first, then runs ts_headline (the costly part) on that page only. The document is HTML-escaped before
     * ts_headline, so the <mark> it inserts are the only tags in a snippet. A restricted item's snippet is made from
     * its title alone, so its text never reaches a search result.
     */
    private static final String PAGE = """
            WITH query AS (SELECT %s AS tsq),
            page AS (
                SELECT i.id, i.meeting_id, i.committee, i.meeting_date, i.position, i.number, i.title, i.restricted,
                    CASE WHEN i.restricted THEN i.title
                         ELSE concat_ws(E'\\n', i.title, i.text, i.resolutions_text) END AS document,
                    ts_rank_cd(i.search, query.tsq) AS rank
                FROM published_item i, query
                WHERE i.search @@ query.tsq %s
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

    /*
     * The date of the window-th newest match. A word in most items matches most of the archive, and ranking reads
     * every match's vector; the newest matches in a window are ranked instead (the date index finds them).
     */
    private static final String CUTOFF = """
            WITH query AS (SELECT %s AS tsq)
            SELECT i.meeting_date FROM published_item i, query
            WHERE i.search @@ query.tsq %s
            ORDER BY i.meeting_date DESC
            LIMIT 1 OFFSET :skip""";

    /** At most this many matches are ranked for a page within it; a deeper page ranks as many as it reaches. */
    public static final int RANK_WINDOW = 5_000;
    /** At most this many matches are counted and faceted; beyond, the total says it is a lower bound. */
    public static final int COUNT_CAP = 10_000;

    private final EntityManager em;
    private final RemovedRecords removed;

    public ItemSearch(EntityManager em, RemovedRecords removed) {
        this.em = em;
        this.removed = removed;
    }

    public SearchPage search(String q, ItemFilter filter, int page, int size) {
        return search(q, filter, page, size, RANK_WINDOW, COUNT_CAP);
    }

    /**
     * @param window how many of the newest matches at most are ranked for a page within it
     * @param cap how many matches at most are counted and faceted, the newest
     */
    public SearchPage search(String q, ItemFilter filter, int page, int size, int window, int cap) {
        SearchQuery query = SearchQuery.parse(q);
        Map<String, List<FacetCount>> facets = facets(query, filter, cap);
        long counted = facets.remove("total").get(0).count();
        boolean exact = counted <= cap;
        long total = Math.min(counted, cap);
        List<SearchHit> hits = total == 0
                ? List.of()
                : pageOf(query, filter, cutoff(query, filter, exact ? total : Long.MAX_VALUE, window, page, size),
                        page, size);
        return new SearchPage(total, exact, page, size, q, hits, facets,
                removed.since("ITEM", filter.modifiedSince(), filter.committee()));
    }

    @SuppressWarnings("unchecked")
    private Map<String, List<FacetCount>> facets(SearchQuery query, ItemFilter filter, int cap) {
        Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
        for (String facet : List.of("total", "year", "committee", "outcome")) {
            facets.put(facet, new ArrayList<>());
        }
        List<Object[]> rows = bind(em.createNativeQuery(FACETS.formatted(query.tsquery(), filter.conditions())),
                query, filter).setParameter("cap", cap).getResultList();
        for (Object[] row : rows) {
            facets.get((String) row[0]).add(new FacetCount((String) row[1], ((Number) row[2]).longValue()));
        }
        return facets;
    }

    /**
     * @param total the matches, or Long.MAX_VALUE when more than were counted
     * @return null when every match is ranked, else the oldest meeting date of the matches that are
     */
    private LocalDate cutoff(SearchQuery query, ItemFilter filter, long total, int window, int page, int size) {
        long ranked = Math.max(window, (long) (page + 1) * size);
        if (total <= ranked) {
            return null;
        }
        Query sql = em.createNativeQuery(CUTOFF.formatted(query.tsquery(), filter.conditions()), LocalDate.class);
        return (LocalDate) bind(sql, query, filter).setParameter("skip", ranked - 1).getSingleResult();
    }

    @SuppressWarnings("unchecked")
    private List<SearchHit> pageOf(SearchQuery query, ItemFilter filter, LocalDate cutoff, int page, int size) {
        String conditions = filter.conditions() + (cutoff == null ? "" : " AND i.meeting_date >= :cutoff");
        Query sql = em.createNativeQuery(PAGE.formatted(query.tsquery(), conditions));
        if (cutoff != null) {
            sql.setParameter("cutoff", cutoff);
        }
        List<Object[]> rows = bind(sql, query, filter)
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
                .setParameter("size", size)
                .setParameter("offset", (long) page * size)
                .getResultList();
        return rows.stream()
                .map(row -> new SearchHit((UUID) row[0], (String) row[1], (LocalDate) row[2], (UUID) row[3],
                        (String) row[4], (String) row[5], (Boolean) row[6], (Double) row[7], (String) row[8]))
                .toList();
    }

    private static Query bind(Query sql, SearchQuery query, ItemFilter filter) {
        return filter.bind(query.bind(sql));
    }
}
