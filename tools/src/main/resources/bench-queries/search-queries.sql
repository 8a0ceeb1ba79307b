-- The SQL search-service runs for GET /api/search?q=... (ItemSearch: the total and facets over the newest 10,000
-- matches at most, the rank window's cut-off date when more than 5,000 match, the highlighted page of 20) and for the decisions and attendance read models, values
-- inlined. Each facets query comes twice: as before V97 (each match's resolutions probed for the outcome facet) and
-- as now (the outcomes kept on the item, and no empty prefix query). w30000 is a rare term, w1000 a medium one, w10 and w1 frequent ones (see search-data.sql).

-- query: search rare (w30000): facets and total (capped)
WITH query AS (SELECT (websearch_to_tsquery('english', 'w30000') && to_tsquery('english', '')) AS tsq),
newest AS (SELECT i.id, i.committee, i.meeting_date FROM published_item i, query WHERE i.search @@ query.tsq
           ORDER BY i.meeting_date DESC, i.id LIMIT 10000 + 1),
matches AS (SELECT * FROM newest ORDER BY meeting_date DESC, id LIMIT 10000)
SELECT 'total' AS facet, '' AS value, count(*) AS n FROM newest
UNION ALL SELECT 'year', CAST(CAST(extract(year FROM meeting_date) AS integer) AS text), count(*)
    FROM matches GROUP BY 2
UNION ALL SELECT 'committee', committee, count(*) FROM matches GROUP BY 2
UNION ALL SELECT 'outcome', r.outcome, count(DISTINCT r.item_id)
    FROM matches m CROSS JOIN LATERAL (SELECT pr.outcome, pr.item_id FROM published_resolution pr
                                       WHERE pr.item_id = m.id OFFSET 0) r GROUP BY 2
ORDER BY 1, 3 DESC, 2
-- query: search rare (w30000): facets and total, outcomes kept on the item (V97)
WITH query AS (SELECT (websearch_to_tsquery('english', 'w30000')) AS tsq),
newest AS (SELECT i.id, i.committee, i.meeting_date, i.outcomes FROM published_item i, query WHERE i.search @@ query.tsq
           ORDER BY i.meeting_date DESC, i.id LIMIT 10000 + 1),
matches AS (SELECT * FROM newest ORDER BY meeting_date DESC, id LIMIT 10000)
SELECT 'total' AS facet, '' AS value, count(*) AS n FROM newest
UNION ALL SELECT 'year', CAST(CAST(extract(year FROM meeting_date) AS integer) AS text), count(*)
    FROM matches GROUP BY 2
UNION ALL SELECT 'committee', committee, count(*) FROM matches GROUP BY 2
UNION ALL SELECT 'outcome', o.outcome, count(*) FROM matches m, unnest(m.outcomes) AS o(outcome) GROUP BY 2
ORDER BY 1, 3 DESC, 2
-- query: search rare (w30000): highlighted page
WITH query AS (SELECT (websearch_to_tsquery('english', 'w30000') && to_tsquery('english', '')) AS tsq),
page AS (
    SELECT i.id, i.meeting_id, i.committee, i.meeting_date, i.position, i.number, i.title, i.restricted,
        CASE WHEN i.restricted THEN i.title ELSE concat_ws(E'\n', i.title, i.text, i.resolutions_text) END AS document,
        ts_rank_cd(i.search, query.tsq) AS rank
    FROM published_item i, query
    WHERE i.search @@ query.tsq 
    ORDER BY rank DESC, i.meeting_date DESC, i.meeting_id, i.position
    LIMIT 20 OFFSET 0)
SELECT p.meeting_id, p.committee, p.meeting_date, p.id AS item_id, p.number, p.title, p.restricted,
    CAST(p.rank AS float8) AS rank,
    ts_headline('english', replace(replace(replace(p.document, '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), query.tsq,
        'StartSel=<mark>, StopSel=</mark>, MaxFragments=2, MaxWords=30, MinWords=10') AS snippet
FROM page p, query
ORDER BY p.rank DESC, p.meeting_date DESC, p.meeting_id, p.position
-- query: search medium (w1000): facets and total (capped)
WITH query AS (SELECT (websearch_to_tsquery('english', 'w1000') && to_tsquery('english', '')) AS tsq),
newest AS (SELECT i.id, i.committee, i.meeting_date FROM published_item i, query WHERE i.search @@ query.tsq
           ORDER BY i.meeting_date DESC, i.id LIMIT 10000 + 1),
matches AS (SELECT * FROM newest ORDER BY meeting_date DESC, id LIMIT 10000)
SELECT 'total' AS facet, '' AS value, count(*) AS n FROM newest
UNION ALL SELECT 'year', CAST(CAST(extract(year FROM meeting_date) AS integer) AS text), count(*)
    FROM matches GROUP BY 2
UNION ALL SELECT 'committee', committee, count(*) FROM matches GROUP BY 2
UNION ALL SELECT 'outcome', r.outcome, count(DISTINCT r.item_id)
    FROM matches m CROSS JOIN LATERAL (SELECT pr.outcome, pr.item_id FROM published_resolution pr
                                       WHERE pr.item_id = m.id OFFSET 0) r GROUP BY 2
ORDER BY 1, 3 DESC, 2
-- query: search medium (w1000): facets and total, outcomes kept on the item (V97)
WITH query AS (SELECT (websearch_to_tsquery('english', 'w1000')) AS tsq),
newest AS (SELECT i.id, i.committee, i.meeting_date, i.outcomes FROM published_item i, query WHERE i.search @@ query.tsq
           ORDER BY i.meeting_date DESC, i.id LIMIT 10000 + 1),
matches AS (SELECT * FROM newest ORDER BY meeting_date DESC, id LIMIT 10000)
SELECT 'total' AS facet, '' AS value, count(*) AS n FROM newest
UNION ALL SELECT 'year', CAST(CAST(extract(year FROM meeting_date) AS integer) AS text), count(*)
    FROM matches GROUP BY 2
UNION ALL SELECT 'committee', committee, count(*) FROM matches GROUP BY 2
UNION ALL SELECT 'outcome', o.outcome, count(*) FROM matches m, unnest(m.outcomes) AS o(outcome) GROUP BY 2
ORDER BY 1, 3 DESC, 2
-- query: search medium (w1000): highlighted page
WITH query AS (SELECT (websearch_to_tsquery('english', 'w1000') && to_tsquery('english', '')) AS tsq),
page AS (
    SELECT i.id, i.meeting_id, i.committee, i.meeting_date, i.position, i.number, i.title, i.restricted,
        CASE WHEN i.restricted THEN i.title ELSE concat_ws(E'\n', i.title, i.text, i.resolutions_text) END AS document,
        ts_rank_cd(i.search, query.tsq) AS rank
    FROM published_item i, query
    WHERE i.search @@ query.tsq 
    ORDER BY rank DESC, i.meeting_date DESC, i.meeting_id, i.position
    LIMIT 20 OFFSET 0)
SELECT p.meeting_id, p.committee, p.meeting_date, p.id AS item_id, p.number, p.title, p.restricted,
    CAST(p.rank AS float8) AS rank,
    ts_headline('english', replace(replace(replace(p.document, '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), query.tsq,
        'StartSel=<mark>, StopSel=</mark>, MaxFragments=2, MaxWords=30, MinWords=10') AS snippet
FROM page p, query
ORDER BY p.rank DESC, p.meeting_date DESC, p.meeting_id, p.position
-- query: search frequent (w10): facets and total (capped)
WITH query AS (SELECT (websearch_to_tsquery('english', 'w10') && to_tsquery('english', '')) AS tsq),
newest AS (SELECT i.id, i.committee, i.meeting_date FROM published_item i, query WHERE i.search @@ query.tsq
           ORDER BY i.meeting_date DESC, i.id LIMIT 10000 + 1),
matches AS (SELECT * FROM newest ORDER BY meeting_date DESC, id LIMIT 10000)
SELECT 'total' AS facet, '' AS value, count(*) AS n FROM newest
UNION ALL SELECT 'year', CAST(CAST(extract(year FROM meeting_date) AS integer) AS text), count(*)
    FROM matches GROUP BY 2
UNION ALL SELECT 'committee', committee, count(*) FROM matches GROUP BY 2
UNION ALL SELECT 'outcome', r.outcome, count(DISTINCT r.item_id)
    FROM matches m CROSS JOIN LATERAL (SELECT pr.outcome, pr.item_id FROM published_resolution pr
                                       WHERE pr.item_id = m.id OFFSET 0) r GROUP BY 2
ORDER BY 1, 3 DESC, 2
-- query: search frequent (w10): facets and total, outcomes kept on the item (V97)
WITH query AS (SELECT (websearch_to_tsquery('english', 'w10')) AS tsq),
newest AS (SELECT i.id, i.committee, i.meeting_date, i.outcomes FROM published_item i, query WHERE i.search @@ query.tsq
           ORDER BY i.meeting_date DESC, i.id LIMIT 10000 + 1),
matches AS (SELECT * FROM newest ORDER BY meeting_date DESC, id LIMIT 10000)
SELECT 'total' AS facet, '' AS value, count(*) AS n FROM newest
UNION ALL SELECT 'year', CAST(CAST(extract(year FROM meeting_date) AS integer) AS text), count(*)
    FROM matches GROUP BY 2
UNION ALL SELECT 'committee', committee, count(*) FROM matches GROUP BY 2
UNION ALL SELECT 'outcome', o.outcome, count(*) FROM matches m, unnest(m.outcomes) AS o(outcome) GROUP BY 2
ORDER BY 1, 3 DESC, 2
-- query: search frequent (w10): rank window cut-off
WITH query AS (SELECT (websearch_to_tsquery('english', 'w10') && to_tsquery('english', '')) AS tsq)
SELECT i.meeting_date FROM published_item i, query WHERE i.search @@ query.tsq
ORDER BY i.meeting_date DESC LIMIT 1 OFFSET 4999
-- query: search frequent (w10): highlighted page
WITH query AS (SELECT (websearch_to_tsquery('english', 'w10') && to_tsquery('english', '')) AS tsq),
page AS (
    SELECT i.id, i.meeting_id, i.committee, i.meeting_date, i.position, i.number, i.title, i.restricted,
        CASE WHEN i.restricted THEN i.title ELSE concat_ws(E'\n', i.title, i.text, i.resolutions_text) END AS document,
        ts_rank_cd(i.search, query.tsq) AS rank
    FROM published_item i, query
    WHERE i.search @@ query.tsq AND i.meeting_date >= DATE '2025-08-27'
    ORDER BY rank DESC, i.meeting_date DESC, i.meeting_id, i.position
    LIMIT 20 OFFSET 0)
SELECT p.meeting_id, p.committee, p.meeting_date, p.id AS item_id, p.number, p.title, p.restricted,
    CAST(p.rank AS float8) AS rank,
    ts_headline('english', replace(replace(replace(p.document, '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), query.tsq,
        'StartSel=<mark>, StopSel=</mark>, MaxFragments=2, MaxWords=30, MinWords=10') AS snippet
FROM page p, query
ORDER BY p.rank DESC, p.meeting_date DESC, p.meeting_id, p.position
-- query: search frequent (w1): facets and total (capped)
WITH query AS (SELECT (websearch_to_tsquery('english', 'w1') && to_tsquery('english', '')) AS tsq),
newest AS (SELECT i.id, i.committee, i.meeting_date FROM published_item i, query WHERE i.search @@ query.tsq
           ORDER BY i.meeting_date DESC, i.id LIMIT 10000 + 1),
matches AS (SELECT * FROM newest ORDER BY meeting_date DESC, id LIMIT 10000)
SELECT 'total' AS facet, '' AS value, count(*) AS n FROM newest
UNION ALL SELECT 'year', CAST(CAST(extract(year FROM meeting_date) AS integer) AS text), count(*)
    FROM matches GROUP BY 2
UNION ALL SELECT 'committee', committee, count(*) FROM matches GROUP BY 2
UNION ALL SELECT 'outcome', r.outcome, count(DISTINCT r.item_id)
    FROM matches m CROSS JOIN LATERAL (SELECT pr.outcome, pr.item_id FROM published_resolution pr
                                       WHERE pr.item_id = m.id OFFSET 0) r GROUP BY 2
ORDER BY 1, 3 DESC, 2
-- query: search frequent (w1): facets and total, outcomes kept on the item (V97)
WITH query AS (SELECT (websearch_to_tsquery('english', 'w1')) AS tsq),
newest AS (SELECT i.id, i.committee, i.meeting_date, i.outcomes FROM published_item i, query WHERE i.search @@ query.tsq
           ORDER BY i.meeting_date DESC, i.id LIMIT 10000 + 1),
matches AS (SELECT * FROM newest ORDER BY meeting_date DESC, id LIMIT 10000)
SELECT 'total' AS facet, '' AS value, count(*) AS n FROM newest
UNION ALL SELECT 'year', CAST(CAST(extract(year FROM meeting_date) AS integer) AS text), count(*)
    FROM matches GROUP BY 2
UNION ALL SELECT 'committee', committee, count(*) FROM matches GROUP BY 2
UNION ALL SELECT 'outcome', o.outcome, count(*) FROM matches m, unnest(m.outcomes) AS o(outcome) GROUP BY 2
ORDER BY 1, 3 DESC, 2
-- query: search frequent (w1): rank window cut-off
WITH query AS (SELECT (websearch_to_tsquery('english', 'w1') && to_tsquery('english', '')) AS tsq)
SELECT i.meeting_date FROM published_item i, query WHERE i.search @@ query.tsq
ORDER BY i.meeting_date DESC LIMIT 1 OFFSET 4999
-- query: search frequent (w1): highlighted page
WITH query AS (SELECT (websearch_to_tsquery('english', 'w1') && to_tsquery('english', '')) AS tsq),
page AS (
    SELECT i.id, i.meeting_id, i.committee, i.meeting_date, i.position, i.number, i.title, i.restricted,
        CASE WHEN i.restricted THEN i.title ELSE concat_ws(E'\n', i.title, i.text, i.resolutions_text) END AS document,
        ts_rank_cd(i.search, query.tsq) AS rank
    FROM published_item i, query
    WHERE i.search @@ query.tsq AND i.meeting_date >= DATE '2025-11-18'
    ORDER BY rank DESC, i.meeting_date DESC, i.meeting_id, i.position
    LIMIT 20 OFFSET 0)
SELECT p.meeting_id, p.committee, p.meeting_date, p.id AS item_id, p.number, p.title, p.restricted,
    CAST(p.rank AS float8) AS rank,
    ts_headline('english', replace(replace(replace(p.document, '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), query.tsq,
        'StartSel=<mark>, StopSel=</mark>, MaxFragments=2, MaxWords=30, MinWords=10') AS snippet
FROM page p, query
ORDER BY p.rank DESC, p.meeting_date DESC, p.meeting_id, p.position
-- query: decisions: count (capped)
SELECT count(*) FROM (SELECT 1 FROM published_resolution r JOIN published_item i ON i.id = r.item_id WHERE true
LIMIT 10000 + 1) capped
-- query: decisions: newest page
SELECT CAST(r.id AS text), r.position, r.outcome, CASE WHEN i.restricted THEN NULL ELSE r.text END,
    i.restricted, CAST(i.id AS text), i.number, i.title, CAST(i.meeting_id AS text), i.committee,
    i.meeting_date, r.modified_at
FROM published_resolution r JOIN published_item i ON i.id = r.item_id WHERE true
ORDER BY i.meeting_date DESC, i.committee, i.meeting_id, i.position, r.position LIMIT 50 OFFSET 0
-- query: decisions: count of a committee (capped)
SELECT count(*) FROM (SELECT 1 FROM published_resolution r JOIN published_item i ON i.id = r.item_id WHERE true
AND i.committee = 'Committee 0' LIMIT 10000 + 1) capped
-- query: decisions: newest page of a committee
SELECT CAST(r.id AS text), r.position, r.outcome, CASE WHEN i.restricted THEN NULL ELSE r.text END,
    i.restricted, CAST(i.id AS text), i.number, i.title, CAST(i.meeting_id AS text), i.committee,
    i.meeting_date, r.modified_at
FROM published_resolution r JOIN published_item i ON i.id = r.item_id WHERE true AND i.committee = 'Committee 0'
ORDER BY i.meeting_date DESC, i.committee, i.meeting_id, i.position, r.position LIMIT 50 OFFSET 0
-- query: attendance: a person's meetings, the most listed (person 0)
SELECT CAST(m.id AS text), m.committee, m.date, a.kind, a.organisation, a.role
FROM published_attendance a JOIN published_meeting m ON m.id = a.meeting_id
WHERE a.person_id = md5('p0')::uuid ORDER BY m.date DESC, m.committee, m.id, a.kind
-- query: attendance: a person's rates by year, the most listed (person 0)
WITH listed AS (SELECT DISTINCT m.committee, CAST(extract(year FROM m.date) AS integer) AS year
                FROM published_attendance a JOIN published_meeting m ON m.id = a.meeting_id WHERE a.person_id = md5('p0')::uuid),
held AS (SELECT l.year, count(*) AS meetings FROM listed l
         JOIN published_meeting m ON m.committee = l.committee AND CAST(extract(year FROM m.date) AS integer) = l.year
         GROUP BY l.year),
present AS (SELECT CAST(extract(year FROM m.date) AS integer) AS year, count(DISTINCT m.id) AS n
            FROM published_attendance a JOIN published_meeting m ON m.id = a.meeting_id
            WHERE a.person_id = md5('p0')::uuid AND a.kind = 'PRESENT' GROUP BY 1)
SELECT h.year, coalesce(p.n, 0), h.meetings FROM held h LEFT JOIN present p ON p.year = h.year ORDER BY h.year
-- query: attendance: a person's rates by year, a rarely listed one (person 17777)
WITH listed AS (SELECT DISTINCT m.committee, CAST(extract(year FROM m.date) AS integer) AS year
                FROM published_attendance a JOIN published_meeting m ON m.id = a.meeting_id WHERE a.person_id = md5('p17777')::uuid),
held AS (SELECT l.year, count(*) AS meetings FROM listed l
         JOIN published_meeting m ON m.committee = l.committee AND CAST(extract(year FROM m.date) AS integer) = l.year
         GROUP BY l.year),
present AS (SELECT CAST(extract(year FROM m.date) AS integer) AS year, count(DISTINCT m.id) AS n
            FROM published_attendance a JOIN published_meeting m ON m.id = a.meeting_id
            WHERE a.person_id = md5('p17777')::uuid AND a.kind = 'PRESENT' GROUP BY 1)
SELECT h.year, coalesce(p.n, 0), h.meetings FROM held h LEFT JOIN present p ON p.year = h.year ORDER BY h.year
